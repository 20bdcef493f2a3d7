package org.compactdpa.obligations.access;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * Who is asking, and for which organisation: a case (an incident's notice, a disposition request, an
 * audit) is seen by its vendor, its district and its consortium's coordinators, and by nobody else.
 */
public record Party(OrganisationType type, UUID organisationId, String subject, String name, Set<String> roles) {

    /**
     * SQL: a case row (columns vendor_id, district_id, consortium_id) the party may see, on the parameters
     * $1 to $4 that {@link #visibility()} binds.
     */
    public static final String SEES = " ($4 or (vendor_id = $2 and $1 = 'VENDOR') or (district_id = $2 and $1 = 'DISTRICT')"
            + " or (consortium_id = $2 and $1 = 'CONSORTIUM' and $3))";

    public static Party of(Caller caller) {
        return new Party(caller.organisationType().orElse(null), caller.organisationId().orElse(null), caller.subject(),
                caller.displayName(), Set.copyOf(caller.roles()));
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Roles.PLATFORM_ADMIN);
    }

    public boolean is(OrganisationType kind, UUID id) {
        return id != null && kind == type && id.equals(organisationId);
    }

    /** The vendor, the district or the consortium's coordinators of a case, or a platform administrator. */
    public boolean sees(UUID vendorId, UUID districtId, UUID consortiumId) {
        return isPlatformAdmin() || is(OrganisationType.VENDOR, vendorId) || is(OrganisationType.DISTRICT, districtId)
                || (roles.contains(Roles.COORDINATOR) && is(OrganisationType.CONSORTIUM, consortiumId));
    }

    /** 404 for anyone who may not see the case: its existence is no one else's business. */
    public void requireSees(String what, UUID id, UUID vendorId, UUID districtId, UUID consortiumId) {
        if (!sees(vendorId, districtId, consortiumId)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** The vendor the caller acts for, or 403. */
    public UUID vendor() {
        if (type != OrganisationType.VENDOR || organisationId == null) {
            throw ProblemException.forbidden("Only a vendor's people do this");
        }
        return organisationId;
    }

    /** The district the caller acts for, or 403. */
    public UUID district() {
        if (type != OrganisationType.DISTRICT || organisationId == null) {
            throw ProblemException.forbidden("Only a district's people do this");
        }
        return organisationId;
    }

    /** Refuses (403) unless the caller holds one of the roles. */
    public void requireRole(String... anyOf) {
        for (String role : anyOf) {
            if (roles.contains(role)) {
                return;
            }
        }
        throw ProblemException.forbidden("This needs one of the roles " + String.join(", ", anyOf));
    }

    /** The parameters $1 to $4 of {@link #SEES}: organisation kind, organisation, coordinator, platform administrator. */
    public Tuple visibility() {
        return Tuple.tuple().addString(type == null ? "" : type.name()).addUUID(organisationId)
                .addBoolean(roles.contains(Roles.COORDINATOR)).addBoolean(isPlatformAdmin());
    }
}
