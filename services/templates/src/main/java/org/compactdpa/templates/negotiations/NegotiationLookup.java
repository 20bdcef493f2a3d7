package org.compactdpa.templates.negotiations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.templates.access.TemplateAccess;
import org.compactdpa.templates.templates.VersionService;
import org.compactdpa.templates.templates.VersionSnapshot;

/** How the negotiation services find a negotiation, the side the caller is on, and the standard it started from. */
@ApplicationScoped
class NegotiationLookup {

    private final VersionService versions;
    private final TemplateAccess access;

    NegotiationLookup(VersionService versions, TemplateAccess access) {
        this.versions = versions;
        this.access = access;
    }

    Uni<Negotiation> find(UUID id) {
        return Negotiation.require(id);
    }

    /**
     * The open negotiation, its row locked until the transaction ends: proposals, decisions and
     * agreements on one negotiation run one after the other, so two agreements at the same moment
     * cannot both miss that the other side agreed (and leave no terms).
     */
    Uni<Negotiation> findOpen(UUID id) {
        return Negotiation.requireLocked(id).invoke(n -> {
            if (n.status != NegotiationStatus.OPEN) {
                throw ProblemException.conflict("Negotiation " + id + " has ended: its terms are agreed");
            }
        });
    }

    /** The side the caller negotiates for, or 403 if neither. */
    Party partyIn(Negotiation negotiation) {
        if (access.isCoordinatorOf(negotiation.consortiumId)) {
            return Party.CONSORTIUM;
        }
        if (access.isPersonOfVendor(negotiation.vendorId)) {
            return Party.VENDOR;
        }
        throw ProblemException.forbidden("You are not a party to negotiation " + negotiation.id);
    }

    /** The published version the negotiation started from. */
    Uni<VersionSnapshot> standardOf(Negotiation n) {
        return versions.locate(n.versionId);
    }
}
