package org.compactdpa.templates.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.domain.Negotiation;
import org.compactdpa.templates.domain.Party;

/** Who may author templates and which side of a negotiation the caller is on. */
@ApplicationScoped
public class TemplateAccess {

    private final Caller caller;

    public TemplateAccess(Caller caller) {
        this.caller = caller;
    }

    /** Authoring and deciding belong to the owning consortium's coordinators. */
    public void requireCoordinatorOf(UUID consortiumId) {
        if (caller.isPlatformAdmin()) {
            return;
        }
        if (!caller.hasRole(Roles.COORDINATOR) || !caller.actsFor(OrganisationType.CONSORTIUM, consortiumId)) {
            throw ProblemException.forbidden("Only coordinators of consortium " + consortiumId + " may do this");
        }
    }

    public boolean isCoordinatorOf(UUID consortiumId) {
        return caller.hasRole(Roles.COORDINATOR) && caller.actsFor(OrganisationType.CONSORTIUM, consortiumId);
    }

    /** The side the caller negotiates for, or 403 if neither. */
    public Party partyIn(Negotiation negotiation) {
        if (isCoordinatorOf(negotiation.consortiumId)) {
            return Party.CONSORTIUM;
        }
        if ((caller.hasRole(Roles.VENDOR_STAFF) || caller.hasRole(Roles.VENDOR_SIGNER))
                && caller.actsFor(OrganisationType.VENDOR, negotiation.vendorId)) {
            return Party.VENDOR;
        }
        throw ProblemException.forbidden("You are not a party to negotiation " + negotiation.id);
    }

    /** Anyone who may comment in a comment period: coordinators of the owner, district and vendor users. */
    public void requireCommenter(UUID consortiumId) {
        boolean districtOrVendor = caller.organisationType()
                .filter(t -> t == OrganisationType.DISTRICT || t == OrganisationType.VENDOR).isPresent();
        if (!isCoordinatorOf(consortiumId) && !districtOrVendor) {
            throw ProblemException.forbidden("Comments come from the consortium's coordinators, districts and vendors");
        }
    }
}
