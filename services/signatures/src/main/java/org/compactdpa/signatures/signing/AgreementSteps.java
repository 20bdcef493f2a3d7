package org.compactdpa.signatures.signing;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.function.Supplier;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementLifecycle;
import org.compactdpa.signatures.evidence.Actor;
import org.compactdpa.signatures.evidence.EvidenceTrail;
import org.compactdpa.signatures.evidence.SealQueue;

/**
 * The one way a step of an agreement is committed, so that none of its parts can be left out: the
 * status move, the step's rows, its events (through the outbox), its trail entries and, when it
 * executes the agreement, the pending seal. All of it in the caller's transaction.
 */
@ApplicationScoped
public class AgreementSteps {

    private final Outbox outbox;
    private final EvidenceTrail trail;
    private final SealQueue seals;
    private final Clock clock;

    public AgreementSteps(Outbox outbox, EvidenceTrail trail, SealQueue seals, Clock clock) {
        this.outbox = outbox;
        this.trail = trail;
        this.seals = seals;
        this.clock = clock;
    }

    /**
     * Commits the step, in order. A move the lifecycle does not allow fails it with a 409 before
     * anything is written. An agreement without a status yet is new and is inserted with its first one.
     */
    public Uni<Agreement> commit(Step step) {
        Agreement a = step.agreement;
        boolean isNew = a.status == null;
        if (isNew && step.to == null) {
            throw new IllegalStateException("A new agreement is committed with its first status");
        }
        if (step.to != null) {
            AgreementLifecycle.move(a, step.to, clock.instant());
        }
        Uni<Void> written = isNew ? a.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        for (Supplier<Uni<?>> rows : step.rows) {
            written = written.call(rows);
        }
        for (Object event : step.events) {
            written = written.call(() -> outbox.publish(a.id, event));
        }
        Uni<EvidenceTrail.Appended> last = written.map(nothing -> null);
        for (Step.Entry entry : step.entries) {
            last = last.flatMap(previous -> trail.append(a.id, entry.type(),
                    entry.byPlatform() ? Actor.PLATFORM : trail.caller(), entry.origin(), entry.documentHash(),
                    entry.details()));
        }
        boolean executes = step.to == AgreementStatus.EXECUTED;
        return last.call(entry -> executes ? seals.request(requireEntry(entry)) : Uni.createFrom().voidItem())
                .replaceWith(a);
    }

    private static EvidenceTrail.Appended requireEntry(EvidenceTrail.Appended executed) {
        if (executed == null) {
            throw new IllegalStateException("An execution records its entry, which the sealed PDF certifies");
        }
        return executed;
    }
}
