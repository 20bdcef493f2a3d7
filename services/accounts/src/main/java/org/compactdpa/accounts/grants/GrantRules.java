package org.compactdpa.accounts.grants;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.accounts.organisations.OrganisationRoles;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;

/**
 * Who may grant which roles in which organisation (docs/security.md, "Who may grant what"):
 * <ul>
 *   <li>a platform administrator: every role that fits the organisation, never platform-admin;</li>
 *   <li>a coordinator: {@code coordinator} in their own consortium, and every district role in a
 *       district that is a member of it;</li>
 *   <li>a district's or a vendor's administrator: in their own organisation, the roles of it they
 *       hold themselves;</li>
 *   <li>anyone else: nothing.</li>
 * </ul>
 * Whoever may grant at least one role in an organisation administers its people there.
 */
public final class GrantRules {

    /** Who asks: their realm roles and the organisation they act for (null when none). */
    public record Actor(Set<String> roles, Organisation organisation) {
    }

    private GrantRules() {
    }

    /**
     * The roles {@code actor} may grant in {@code target}; empty when they may not administer it at all.
     *
     * @param memberOfActorsConsortium the target is a district that is a member of the consortium the
     *                                 actor acts for
     */
    public static Set<String> grantable(Actor actor, Organisation target, boolean memberOfActorsConsortium) {
        Set<String> fitting = OrganisationRoles.fitting(target.type());
        if (actor.roles().contains(Roles.PLATFORM_ADMIN)) {
            return new TreeSet<>(fitting);
        }
        Organisation own = actor.organisation();
        if (own == null) {
            return Set.of();
        }
        if (own.type() == OrganisationType.CONSORTIUM && actor.roles().contains(Roles.COORDINATOR)) {
            if (own.equals(target)) {
                return Set.of(Roles.COORDINATOR);
            }
            return target.type() == OrganisationType.DISTRICT && memberOfActorsConsortium
                    ? new TreeSet<>(fitting) : Set.of();
        }
        if (own.equals(target) && actor.roles().contains(OrganisationRoles.adminRole(target.type()))) {
            Set<String> held = new TreeSet<>(fitting);
            held.retainAll(actor.roles());
            return held;
        }
        return Set.of();
    }

    /** The requested roles that are not among the grantable ones, sorted; empty when all may be granted. */
    public static Set<String> refused(Set<String> grantable, Collection<String> requested) {
        Set<String> refused = new TreeSet<>(requested);
        refused.removeAll(grantable);
        return refused;
    }
}
