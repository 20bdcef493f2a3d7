package org.compactdpa.signatures.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.AgreementExpiring;
import org.compactdpa.contracts.events.AgreementTerminated;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.domain.Agreement;
import org.compactdpa.signatures.domain.AgreementReminder;
import org.compactdpa.signatures.domain.EvidenceType;
import org.compactdpa.signatures.repository.AgreementReminderRepository;
import org.compactdpa.signatures.repository.AgreementRepository;

/**
 * The life after execution: termination by a party, expiry at the end of the term (adoptions end
 * with their offer, as their expiry is the original's), and reminders 90, 30 and 7 days before.
 * The daily run takes a transaction-scoped advisory lock, so with several instances one does the work.
 */
@ApplicationScoped
public class LifecycleService {

    static final List<Integer> REMINDER_DAYS = List.of(90, 30, 7);

    private final AgreementRepository agreements;
    private final AgreementReminderRepository reminders;
    private final AgreementAccess access;
    private final Outbox outbox;
    private final EvidenceTrail trail;

    public LifecycleService(AgreementRepository agreements, AgreementReminderRepository reminders, AgreementAccess access,
            Outbox outbox, EvidenceTrail trail) {
        this.agreements = agreements;
        this.reminders = reminders;
        this.access = access;
        this.outbox = outbox;
        this.trail = trail;
    }

    /** What a run did. */
    public record RunReport(LocalDate asOf, boolean ran, int expired, int reminded) {
    }

    @WithTransaction
    public Uni<Agreement> terminate(UUID agreementId, String reason, SigningService.Origin origin) {
        return agreements.findById(agreementId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Agreement", agreementId))
                .flatMap(a -> {
                    var side = access.sideOf(a);
                    if (a.status != AgreementStatus.EXECUTED) {
                        throw ProblemException.conflict("Only an executed agreement can be terminated; this one is " + a.status);
                    }
                    a.status = AgreementStatus.TERMINATED;
                    a.endReason = reason;
                    a.updatedAt = Instant.now();
                    return outbox.publish(a.id, new AgreementTerminated(a.id, a.districtId, a.vendorId, side.name(),
                            reason, a.updatedAt))
                            .call(() -> trail.append(a.id, EvidenceType.TERMINATED, trail.caller(), origin,
                                    a.documentHash, side.name() + " terminated: " + reason))
                            .replaceWith(a);
                });
    }

    @Scheduled(cron = "${compact.lifecycle.cron:0 15 * * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run(LocalDate.now()).invoke(r -> Log.infof("Lifecycle run: %s", r)).replaceWithVoid();
    }

    /** Expires what ended before {@code asOf} and sends the reminders due; safe to run again. */
    @WithTransaction
    public Uni<RunReport> run(LocalDate asOf) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('compact_lifecycle'))",
                        Boolean.class).getSingleResult())
                .flatMap(locked -> !locked ? Uni.createFrom().item(new RunReport(asOf, false, 0, 0))
                        : expire(asOf).flatMap(expired -> remind(asOf).map(reminded ->
                                new RunReport(asOf, true, expired, reminded))));
    }

    private Uni<Integer> expire(LocalDate asOf) {
        // Rows locked as they are read: a termination of the same agreement at the same moment waits,
        // then finds it EXPIRED (409); one that committed first leaves it out of this run.
        return agreements.find("status = ?1 and expiresOn < ?2", AgreementStatus.EXECUTED, asOf)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().flatMap(due -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Agreement a : due) {
                        a.status = AgreementStatus.EXPIRED;
                        a.updatedAt = Instant.now();
                        chain = chain.call(() -> outbox.publish(a.id, new AgreementExpired(a.id, a.districtId, a.vendorId,
                                a.expiresOn)))
                                .call(() -> trail.appendBySystem(a.id, EvidenceType.EXPIRED, a.documentHash,
                                        "The term ended on " + a.expiresOn));
                    }
                    return chain.replaceWith(due.size());
                });
    }

    private Uni<Integer> remind(LocalDate asOf) {
        LocalDate horizon = asOf.plusDays(REMINDER_DAYS.get(0));
        return agreements.list("status = ?1 and expiresOn >= ?2 and expiresOn <= ?3", AgreementStatus.EXECUTED, asOf,
                horizon).flatMap(soon -> {
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (Agreement a : soon) {
                        long left = ChronoUnit.DAYS.between(asOf, a.expiresOn);
                        // The tightest threshold reached; earlier, larger ones were sent on earlier runs (or are moot).
                        Integer due = REMINDER_DAYS.stream().filter(d -> left <= d).reduce((x, y) -> y).orElse(null);
                        if (due == null) {
                            continue;
                        }
                        chain = chain.flatMap(count -> reminders.findById(new AgreementReminder.Key(a.id, due))
                                .flatMap(sent -> {
                                    if (sent != null) {
                                        return Uni.createFrom().item(count);
                                    }
                                    AgreementReminder r = new AgreementReminder();
                                    r.key = new AgreementReminder.Key(a.id, due);
                                    r.sentAt = Instant.now();
                                    return reminders.persist(r).call(() -> outbox.publish(a.id, new AgreementExpiring(a.id,
                                            a.districtId, a.vendorId, a.expiresOn, (int) left))).replaceWith(count + 1);
                                }));
                    }
                    return chain;
                });
    }
}
