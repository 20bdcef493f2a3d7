package org.compactdpa.portal.people;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;

/**
 * Which roles the forms offer: the roles that fit each kind of organisation, and those of them the
 * person looking may grant there. This only decides which boxes can be ticked; the accounts service
 * applies the same rules to every change and refuses (403) what the page should not have offered.
 *
 * <ul>
 *   <li>a platform administrator: every role that fits the organisation;</li>
 *   <li>a coordinator: {@code coordinator} in their own consortium, every district role in another
 *       organisation (a district of their consortium, which the service checks);</li>
 *   <li>a district's or a vendor's administrator: in their own organisation, its roles they hold.</li>
 * </ul>
 */
final class GrantableRoles {

    private static final Map<String, List<String>> FITTING = Map.of(
            "CONSORTIUM", List.of(Roles.COORDINATOR),
            "DISTRICT", List.of(Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER),
            "VENDOR", List.of(Roles.VENDOR_ADMIN, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER));

    /** Every kind of organisation, in the order a form lists them. */
    static final List<String> KINDS = List.of("DISTRICT", "VENDOR", "CONSORTIUM");

    private GrantableRoles() {
    }

    /** The roles a person of this kind of organisation may hold; none for an unknown kind. */
    static List<String> fitting(String kind) {
        return kind == null ? List.of() : FITTING.getOrDefault(kind, List.of());
    }

    /**
     * The roles of {@code target} the viewer may grant, in the order {@link #fitting} gives them.
     *
     * @param roles   the viewer's realm roles
     * @param ownKind the kind of organisation the viewer acts for (null when none)
     * @param ownId   its id (null when none)
     */
    static List<String> grantable(Set<String> roles, String ownKind, UUID ownId, String targetKind, UUID targetId) {
        List<String> fitting = fitting(targetKind);
        if (roles.contains(Roles.PLATFORM_ADMIN)) {
            return fitting;
        }
        if (ownKind == null || ownId == null) {
            return List.of();
        }
        boolean own = ownId.equals(targetId);
        if ("CONSORTIUM".equals(ownKind) && roles.contains(Roles.COORDINATOR)) {
            if (own) {
                return List.of(Roles.COORDINATOR);
            }
            return "DISTRICT".equals(targetKind) ? fitting : List.of();
        }
        String administrator = "DISTRICT".equals(ownKind) ? Roles.DISTRICT_ADMIN
                : "VENDOR".equals(ownKind) ? Roles.VENDOR_ADMIN : null;
        if (own && administrator != null && roles.contains(administrator)) {
            return fitting.stream().filter(roles::contains).toList();
        }
        return List.of();
    }
}
