package org.compactdpa.signatures.seal;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.agreements.AgreementAccess;
import org.compactdpa.signatures.evidence.SealQueue;

/** The sealed PDF of an agreement, for its parties: the stored file, or why there is none (yet). */
@ApplicationScoped
public class SealedPdfs {

    private final AgreementAccess access;
    private final SealQueue queue;

    public SealedPdfs(AgreementAccess access, SealQueue queue) {
        this.access = access;
        this.queue = queue;
    }

    /** The copy, possibly still being sealed; 409 when the agreement was never executed. */
    @WithSession
    public Uni<SealQueue.Copy> of(UUID agreementId) {
        return access.visible(agreementId).flatMap(a -> queue.copyOf(a.id).map(copy -> {
            if (copy != null) {
                return copy;
            }
            if (a.wasExecuted()) {
                throw ProblemException.conflict("Agreement " + a.id + " has no sealed PDF on record");
            }
            throw ProblemException.conflict("Agreement " + a.id + " is " + a.status
                    + ": a sealed PDF is made once it is executed");
        }));
    }
}
