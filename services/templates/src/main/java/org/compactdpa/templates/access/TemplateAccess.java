package org.compactdpa.templates.access;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.directory.Directory;

/**
 * Who the caller is to a consortium or a vendor: authoring and deciding belong to the owning
 * consortium's coordinators, negotiating also to the vendor's people, and commenting to members
 * and verified vendors as well. Shared by every capability that answers a person.
 */
@ApplicationScoped
public class TemplateAccess {

    private final Caller caller;
    private final Directory directory;

    public TemplateAccess(Caller caller, Directory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    public void requireCoordinatorOf(UUID consortiumId) {
        if (caller.isPlatformAdmin()) {
            return;
        }
        if (!isCoordinatorOf(consortiumId)) {
            throw ProblemException.forbidden("Only coordinators of consortium " + consortiumId + " may do this");
        }
    }

    public boolean isCoordinatorOf(UUID consortiumId) {
        return caller.hasRole(Roles.COORDINATOR) && caller.actsFor(OrganisationType.CONSORTIUM, consortiumId);
    }

    /** The vendor's staff and signers: both negotiate for it (open, propose, decide, agree). */
    public boolean isPersonOfVendor(UUID vendorId) {
        return (caller.hasRole(Roles.VENDOR_STAFF) || caller.hasRole(Roles.VENDOR_SIGNER))
                && caller.actsFor(OrganisationType.VENDOR, vendorId);
    }

    /**
     * Who may comment in a comment period: the consortium's coordinators, people of its member
     * districts, and people of verified vendors (both known from events).
     */
    public Uni<Void> requireCommenter(UUID consortiumId) {
        if (isCoordinatorOf(consortiumId) || caller.isPlatformAdmin()) {
            return Uni.createFrom().voidItem();
        }
        OrganisationType type = caller.organisationType().orElse(null);
        UUID org = caller.organisationId().orElse(null);
        if (type == OrganisationType.DISTRICT && org != null) {
            return directory.isMember(consortiumId, org)
                    .invoke(member -> refuseUnless(member, "Your district is not a member of this consortium"))
                    .replaceWithVoid();
        }
        if (type == OrganisationType.VENDOR && org != null) {
            return directory.isVerifiedVendor(org)
                    .invoke(verified -> refuseUnless(verified, "Your vendor is not verified by a coordinator yet"))
                    .replaceWithVoid();
        }
        return Uni.createFrom().failure(ProblemException.forbidden(
                "Comments come from the consortium's coordinators, member districts and verified vendors"));
    }

    private static void refuseUnless(boolean allowed, String reason) {
        if (!allowed) {
            throw ProblemException.forbidden(reason);
        }
    }
}
