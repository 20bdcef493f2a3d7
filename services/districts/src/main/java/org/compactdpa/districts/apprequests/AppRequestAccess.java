package org.compactdpa.districts.apprequests;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.districts.consortia.MembershipService;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * Who may act on a district's app requests: its own staff and signers ask and read; the coordinators
 * of the consortia it belongs to read and resolve; platform admins do everything.
 */
@ApplicationScoped
class AppRequestAccess {

    private final MembershipService memberships;
    private final Caller caller;

    AppRequestAccess(MembershipService memberships, Caller caller) {
        this.memberships = memberships;
        this.caller = caller;
    }

    /** Asking on the district's behalf: its own people or a platform admin. */
    void requireDistrictPerson(UUID districtId) {
        if (!caller.isPlatformAdmin() && !caller.actsFor(OrganisationType.DISTRICT, districtId)) {
            throw ProblemException.forbidden("Only staff of district " + districtId + " may ask on its behalf");
        }
    }

    /** Reading: the district's own people, the coordinators of its consortia and platform admins. */
    Uni<Void> requireReader(UUID districtId) {
        if (caller.isPlatformAdmin() || caller.actsFor(OrganisationType.DISTRICT, districtId)) {
            return Uni.createFrom().voidItem();
        }
        return requireCoordinatorOf(districtId);
    }

    /** Resolving: a coordinator of a consortium the district belongs to, or a platform admin. */
    Uni<Void> requireCoordinatorOf(UUID districtId) {
        if (caller.isPlatformAdmin()) {
            return Uni.createFrom().voidItem();
        }
        UUID consortium = caller.hasRole(Roles.COORDINATOR)
                ? caller.organisationType().filter(OrganisationType.CONSORTIUM::equals).flatMap(t -> caller.organisationId())
                        .orElse(null)
                : null;
        if (consortium == null) {
            return Uni.createFrom().failure(ProblemException.forbidden("Not your district's request"));
        }
        return memberships.isMember(consortium, districtId).map(member -> {
            if (!member) {
                throw ProblemException.forbidden("District " + districtId + " is not a member of your consortium");
            }
            return null;
        });
    }

    /** The queue: the consortium's own coordinators or a platform admin. */
    void requireCoordinatorOfConsortium(UUID consortiumId) {
        caller.requireActsFor(OrganisationType.CONSORTIUM, consortiumId);
    }
}
