package org.compactdpa.signatures.lifecycle;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.AgreementExpiring;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.messaging.locks.TransactionLocks;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.evidence.EvidenceType;
import org.compactdpa.signatures.signing.AgreementSteps;
import org.compactdpa.signatures.signing.Step;

/**
 * The life after execution: expiry at the end of the term (adoptions end with their offer, as their
 * expiry is the original's), and reminders 90, 30 and 7 days before. A run holds a transaction lock,
 * so with several instances one does the work and the others skip.
 */
@ApplicationScoped
public class LifecycleService {

    static final List<Integer> REMINDER_DAYS = List.of(90, 30, 7);

    private final AgreementSteps steps;
    private final Outbox outbox;
    private final Clock clock;

    public LifecycleService(AgreementSteps steps, Outbox outbox, Clock clock) {
        this.steps = steps;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(cron = "${compact.lifecycle.cron:0 15 * * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run(null).invoke(r -> Log.infof("Lifecycle run: %s", r)).replaceWithVoid();
    }

    /** Expires what ended before {@code asOf} (today if null) and sends the reminders due; safe to run again. */
    @WithTransaction
    public Uni<RunReport> run(LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return TransactionLocks.tryHold("compact_lifecycle")
                .flatMap(locked -> !locked ? Uni.createFrom().item(new RunReport(day, false, 0, 0))
                        : expire(day).flatMap(expired -> remind(day).map(reminded ->
                                new RunReport(day, true, expired, reminded))));
    }

    private Uni<Integer> expire(LocalDate asOf) {
        // Rows locked as they are read: a termination of the same agreement at the same moment waits,
        // then finds it EXPIRED (409); one that committed first leaves it out of this run.
        return Agreement.<Agreement>find("status = ?1 and expiresOn < ?2", AgreementStatus.EXECUTED, asOf)
                .withLock(LockModeType.PESSIMISTIC_WRITE).<Agreement>list()
                .flatMap(due -> Pages.inSequence(due, a -> steps.commit(Step.on(a).movingTo(AgreementStatus.EXPIRED)
                        .announcing(new AgreementExpired(a.id, a.districtId, a.vendorId, a.expiresOn))
                        .recordingByPlatform(EvidenceType.EXPIRED, "The term ended on " + a.expiresOn)))
                        .map(List::size));
    }

    private Uni<Integer> remind(LocalDate asOf) {
        LocalDate horizon = asOf.plusDays(REMINDER_DAYS.get(0));
        return Agreement.<Agreement>list("status = ?1 and expiresOn >= ?2 and expiresOn <= ?3", AgreementStatus.EXECUTED,
                asOf, horizon).flatMap(soon -> Pages.inSequence(soon, a -> remindOnce(a, asOf)))
                .map(sent -> (int) sent.stream().filter(Boolean::booleanValue).count());
    }

    /** The tightest threshold reached, once; earlier, larger ones were sent on earlier runs (or are moot). */
    private Uni<Boolean> remindOnce(Agreement a, LocalDate asOf) {
        long left = ChronoUnit.DAYS.between(asOf, a.expiresOn);
        Integer due = REMINDER_DAYS.stream().filter(d -> left <= d).reduce((x, y) -> y).orElse(null);
        if (due == null) {
            return Uni.createFrom().item(false);
        }
        AgreementReminder.Key key = new AgreementReminder.Key(a.id, due);
        return AgreementReminder.<AgreementReminder>findById(key).flatMap(sent -> {
            if (sent != null) {
                return Uni.createFrom().item(false);
            }
            AgreementReminder r = new AgreementReminder();
            r.key = key;
            r.sentAt = clock.instant();
            return r.persist().call(() -> outbox.publish(a.id, new AgreementExpiring(a.id, a.districtId, a.vendorId,
                    a.expiresOn, (int) left))).replaceWith(true);
        });
    }
}
