package org.compactdpa.accounts.grants;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.accounts.directory.Directory;
import org.compactdpa.accounts.keycloak.KeycloakPeople;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.accounts.organisations.OrganisationRoles;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * The grant rules applied to the caller of the request: which organisation an id names, whether the
 * caller administers it, and which roles they may hand out there. Membership of a district in the
 * coordinator's consortium comes from the districts service's events ({@link Directory}).
 */
@ApplicationScoped
public class Grants {

    private final Caller caller;
    private final Directory directory;
    private final KeycloakPeople keycloak;

    public Grants(Caller caller, Directory directory, KeycloakPeople keycloak) {
        this.caller = caller;
        this.directory = directory;
        this.keycloak = keycloak;
    }

    /** The organisation the caller acts for, if their token names one. */
    public Optional<Organisation> own() {
        return caller.organisationType().flatMap(type -> caller.organisationId().map(id -> new Organisation(type, id)));
    }

    /**
     * The organisation an id names: the caller's own, the type the request states, the one this service
     * learned from events, or the one its people's accounts name (an organisation from before this
     * service, say). Refused when none applies (403 for whoever could not administer it anyway, so an
     * id tells a stranger nothing).
     */
    public Uni<Organisation> resolve(UUID id, OrganisationType stated) {
        Optional<Organisation> own = own().filter(o -> o.id().equals(id));
        if (own.isPresent()) {
            if (stated != null && stated != own.get().type()) {
                throw ProblemException.unprocessable("organisationType", "Organisation " + id + " is a "
                        + own.get().type().name().toLowerCase() + ", not a " + stated.name().toLowerCase());
            }
            return Uni.createFrom().item(own.get());
        }
        if (stated != null) {
            return Uni.createFrom().item(new Organisation(stated, id));
        }
        return directory.typeOf(id)
                .flatMap(known -> known.isPresent() ? Uni.createFrom().item(known) : keycloak.organisationTypeOf(id))
                .map(known -> known.map(type -> new Organisation(type, id)).orElseThrow(() ->
                        caller.isPlatformAdmin()
                                ? ProblemException.notFound("Organisation", id)
                                : ProblemException.forbidden("You do not administer organisation " + id)));
    }

    /** The roles the caller may grant in the organisation; empty when they do not administer it. */
    public Uni<Set<String>> grantableIn(Organisation target) {
        GrantRules.Actor actor = new GrantRules.Actor(caller.roles(), own().orElse(null));
        boolean coordinatorAskingAboutADistrict = target.type() == OrganisationType.DISTRICT
                && caller.hasRole(Roles.COORDINATOR) && actor.organisation() != null
                && actor.organisation().type() == OrganisationType.CONSORTIUM;
        Uni<Boolean> member = coordinatorAskingAboutADistrict
                ? directory.isMember(target.id(), actor.organisation().id())
                : Uni.createFrom().item(false);
        return member.map(isMember -> GrantRules.grantable(actor, target, isMember));
    }

    /** Refuses (403) unless the caller administers the organisation's people; else what they may grant. */
    public Uni<Set<String>> requireAdministers(Organisation target) {
        return grantableIn(target).invoke(grantable -> {
            if (grantable.isEmpty()) {
                throw ProblemException.forbidden("You do not administer the people of " + target);
            }
        });
    }

    /** Refuses (403) unless the caller may grant every one of the roles in the organisation. */
    public Uni<Set<String>> requireMayGrant(Organisation target, Collection<String> roles) {
        return requireAdministers(target).invoke(grantable -> {
            Set<String> refused = GrantRules.refused(grantable, roles);
            if (!refused.isEmpty()) {
                throw ProblemException.forbidden("You may not grant " + String.join(", ", refused) + " in " + target
                        + "; you may grant " + String.join(", ", grantable));
            }
        });
    }

    /** Refuses (422) a role that does not fit the organisation, whoever asks. */
    public static void requireFitting(Organisation target, Collection<String> roles, String field) {
        Set<String> misfits = GrantRules.refused(OrganisationRoles.fitting(target.type()), roles);
        if (!misfits.isEmpty()) {
            throw ProblemException.unprocessable(field, String.join(", ", misfits) + " is not a role of a "
                    + target.type().name().toLowerCase() + "; its roles are "
                    + String.join(", ", new java.util.TreeSet<>(OrganisationRoles.fitting(target.type()))));
        }
    }
}
