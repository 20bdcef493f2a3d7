package org.compactdpa.accounts.organisations;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;

/**
 * Which realm roles fit which kind of organisation, and which of them administers its people. A
 * person holds roles of the organisation they act for only; platform-admin fits none and is never
 * granted through this service.
 */
public final class OrganisationRoles {

    private static final Map<OrganisationType, Set<String>> FITTING = Map.of(
            OrganisationType.CONSORTIUM, Set.of(Roles.COORDINATOR),
            OrganisationType.DISTRICT, Set.of(Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER),
            OrganisationType.VENDOR, Set.of(Roles.VENDOR_ADMIN, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER));

    /** Every realm role of the platform: the ones read from an account, the rest being Keycloak's own. */
    public static final Set<String> PLATFORM_ROLES = Set.of(Roles.COORDINATOR, Roles.DISTRICT_ADMIN,
            Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.VENDOR_ADMIN, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER,
            Roles.PLATFORM_ADMIN);

    private OrganisationRoles() {
    }

    /** The roles a person of an organisation of this type may hold. */
    public static Set<String> fitting(OrganisationType type) {
        return FITTING.get(type);
    }

    /** The role that administers an organisation's people: coordinators administer their consortium. */
    public static String adminRole(OrganisationType type) {
        return switch (type) {
            case CONSORTIUM -> Roles.COORDINATOR;
            case DISTRICT -> Roles.DISTRICT_ADMIN;
            case VENDOR -> Roles.VENDOR_ADMIN;
        };
    }

    /** The roles of {@code roles} that fit the type, in a stable order. */
    public static Set<String> within(OrganisationType type, Set<String> roles) {
        Set<String> kept = new LinkedHashSet<>();
        roles.stream().sorted().filter(FITTING.get(type)::contains).forEach(kept::add);
        return kept;
    }
}
