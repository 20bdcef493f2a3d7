package org.compactdpa.signatures.signing;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementTerminated;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementAccess;
import org.compactdpa.signatures.agreements.AgreementLifecycle.SigningParty;
import org.compactdpa.signatures.agreements.AgreementView;
import org.compactdpa.signatures.agreements.AgreementViews;
import org.compactdpa.signatures.evidence.EvidenceType;
import org.compactdpa.signatures.evidence.Origin;

/**
 * Either party ends an executed agreement, with a reason its parties can read. The row is locked
 * first: an expiry run at the same moment waits, or has already made it EXPIRED, which the
 * lifecycle then refuses to terminate.
 */
@ApplicationScoped
public class TerminationService {

    private final AgreementAccess access;
    private final AgreementSteps steps;
    private final AgreementViews views;
    private final Clock clock;

    public TerminationService(AgreementAccess access, AgreementSteps steps, AgreementViews views, Clock clock) {
        this.access = access;
        this.steps = steps;
        this.views = views;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<AgreementView> terminate(UUID agreementId, String reason, Origin origin) {
        return Agreement.lockedForChange(agreementId).flatMap(a -> {
            SigningParty side = access.sideOf(a);
            a.endReason = reason;
            return steps.commit(Step.on(a).movingTo(AgreementStatus.TERMINATED)
                    .announcing(new AgreementTerminated(a.id, a.districtId, a.vendorId, side.name(), reason,
                            clock.instant()))
                    .recording(EvidenceType.TERMINATED, origin, side.name() + " terminated: " + reason));
        }).flatMap(views::of);
    }
}
