package org.compactdpa.accounts.keycloak;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.accounts.organisations.OrganisationRoles;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * People's accounts in Keycloak, through its admin API as this service's own service account (which
 * may manage users of the realm and nothing else). Passwords never pass through here: a new account
 * carries Keycloak's required action UPDATE_PASSWORD, and Keycloak mails the person its own link.
 * The organisation an account acts for is kept as the user attributes org_type and org_id, which the
 * realm maps into every token.
 */
@ApplicationScoped
public class KeycloakPeople {

    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final String ORG_TYPE = "org_type";
    private static final String ORG_ID = "org_id";
    /** The most accounts of one organisation read for a rule over all of them (the last administrator). */
    private static final int WHOLE_ORGANISATION = 1000;

    private final Keycloak keycloak;
    private final KeycloakSettings settings;

    public KeycloakPeople(Keycloak keycloak, KeycloakSettings settings) {
        this.keycloak = keycloak;
        this.settings = settings;
    }

    public Uni<Optional<Person>> byEmail(String email) {
        return call("the account of " + email, () -> users().searchByEmail(email, true).stream()
                .filter(u -> email.equalsIgnoreCase(u.getEmail())).findFirst().map(this::withRoles));
    }

    /** The account with this id; 404 when there is none. */
    public Uni<Person> byId(UUID id) {
        return call("Person " + id, () -> withRoles(users().get(id.toString()).toRepresentation()));
    }

    /** A page of the organisation's people, in Keycloak's order, with their roles. */
    public Uni<Page<Person>> of(Organisation organisation, PageRequest page) {
        String query = ORG_ID + ":" + organisation.id();
        return call("the people of " + organisation, () -> {
            List<Person> people = users().searchByAttributes(page.page * page.size, page.size, null, true, false, query)
                    .stream().filter(u -> organisation.equals(organisationOf(u))).map(this::withRoles).toList();
            Integer total = users().count(null, null, null, null, null, null, null, query);
            return new Page<>(people, page.page, page.size, total == null ? people.size() : total);
        });
    }

    /** The kind of organisation the accounts acting for this id say it is; empty when no account does. */
    public Uni<Optional<OrganisationType>> organisationTypeOf(UUID id) {
        String query = ORG_ID + ":" + id;
        return call("the people of organisation " + id, () -> users()
                .searchByAttributes(0, 1, null, true, false, query).stream()
                .map(KeycloakPeople::organisationOf).filter(o -> o != null && o.id().equals(id))
                .map(Organisation::type).findFirst());
    }

    /** Every account of the organisation, with roles, for a rule that looks at all of them. */
    public Uni<List<Person>> allOf(Organisation organisation) {
        String query = ORG_ID + ":" + organisation.id();
        return call("the people of " + organisation, () -> users()
                .searchByAttributes(0, WHOLE_ORGANISATION, null, true, false, query)
                .stream().filter(u -> organisation.equals(organisationOf(u))).map(this::withRoles).toList());
    }

    /**
     * Creates an enabled account whose e-mail address counts as verified (the person just followed a
     * link sent to it), acting for the organisation with the roles, and without a password: Keycloak
     * asks for one (UPDATE_PASSWORD) before anything else.
     */
    public Uni<Person> create(NewAccount account) {
        return call("the account of " + account.email(), () -> {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(account.email());
            user.setEmail(account.email());
            user.setEmailVerified(true);
            user.setEnabled(true);
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setAttributes(attributesFor(Map.of(), account.organisation()));
            user.setRequiredActions(List.of(UPDATE_PASSWORD));
            String id;
            try (Response created = users().create(user)) {
                if (created.getStatus() == 409) {
                    throw ProblemException.conflict("An account with the e-mail address " + account.email()
                            + " exists already");
                }
                if (created.getStatus() != 201) {
                    throw refusal(created);
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            addRoles(id, account.roles());
            return withRoles(users().get(id).toRepresentation());
        });
    }

    /**
     * Lets an existing account act for the organisation (when it acts for none yet) and adds the roles.
     * An account of another organisation is refused: a person acts for one organisation.
     */
    public Uni<Person> join(String id, Organisation organisation, Set<String> roles) {
        return call("Person " + id, () -> {
            UserResource user = users().get(id);
            UserRepresentation representation = user.toRepresentation();
            Organisation current = organisationOf(representation);
            if (current == null) {
                representation.setAttributes(attributesFor(representation.getAttributes(), organisation));
                user.update(representation);
            } else if (!current.equals(organisation)) {
                throw ProblemException.conflict("The account of " + representation.getEmail()
                        + " acts for another organisation; a person acts for one organisation only");
            }
            addRoles(id, roles);
            return withRoles(user.toRepresentation());
        });
    }

    public Uni<Person> changeRoles(String id, Set<String> added, Set<String> removed) {
        return call("Person " + id, () -> {
            addRoles(id, added);
            if (!removed.isEmpty()) {
                RoleScopeResource realmRoles = users().get(id).roles().realmLevel();
                List<RoleRepresentation> held = realmRoles.listAll().stream()
                        .filter(r -> removed.contains(r.getName())).toList();
                if (!held.isEmpty()) {
                    realmRoles.remove(held);
                }
            }
            return withRoles(users().get(id).toRepresentation());
        });
    }

    /** Disables the account and ends all its sessions: no new sign-in, no token refreshed. */
    public Uni<Person> deactivate(String id) {
        return call("Person " + id, () -> {
            UserResource user = users().get(id);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(false);
            user.update(representation);
            user.logout();
            return withRoles(user.toRepresentation());
        });
    }

    /**
     * Asks Keycloak to mail the person its link to set a password (execute-actions, UPDATE_PASSWORD).
     * False, and a warning in the log, when Keycloak could not: the account exists all the same, and
     * the person needs Keycloak's "forgot password" (where the realm allows it) or its administrator.
     */
    public Uni<Boolean> sendPasswordSetup(String id) {
        KeycloakSettings.PasswordSetup setup = settings.passwordSetup();
        return call("Person " + id, () -> {
            users().get(id).executeActionsEmail(setup.clientId(), setup.redirectUri(),
                    (int) setup.lifespan().toSeconds(), List.of(UPDATE_PASSWORD));
            return true;
        }).onFailure().recoverWithItem(failure -> {
            Log.warnf("Keycloak did not send account %s its password e-mail: %s", id, failure.getMessage());
            return false;
        });
    }

    private UsersResource users() {
        return keycloak.realm(settings.realm()).users();
    }

    private void addRoles(String id, Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        RoleScopeResource realmRoles = users().get(id).roles().realmLevel();
        List<RoleRepresentation> missing = realmRoles.listAvailable().stream()
                .filter(r -> names.contains(r.getName())).toList();
        if (!missing.isEmpty()) {
            realmRoles.add(missing);
        }
    }

    private Person withRoles(UserRepresentation user) {
        Set<String> roles = users().get(user.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).filter(OrganisationRoles.PLATFORM_ROLES::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> actions = user.getRequiredActions() == null ? List.of() : List.copyOf(user.getRequiredActions());
        return new Person(user.getId(), user.getEmail(), user.getFirstName(), user.getLastName(),
                Boolean.TRUE.equals(user.isEnabled()), organisationOf(user), roles, actions);
    }

    private static Map<String, List<String>> attributesFor(Map<String, List<String>> existing, Organisation organisation) {
        Map<String, List<String>> attributes = existing == null ? new HashMap<>() : new HashMap<>(existing);
        attributes.put(ORG_TYPE, List.of(organisation.type().name()));
        attributes.put(ORG_ID, List.of(organisation.id().toString()));
        return attributes;
    }

    /** The organisation the account's attributes name, or null when they name none (or nonsense). */
    static Organisation organisationOf(UserRepresentation user) {
        Map<String, List<String>> attributes = user.getAttributes();
        if (attributes == null || attributes.get(ORG_TYPE) == null || attributes.get(ORG_ID) == null
                || attributes.get(ORG_TYPE).isEmpty() || attributes.get(ORG_ID).isEmpty()) {
            return null;
        }
        try {
            return new Organisation(OrganisationType.valueOf(attributes.get(ORG_TYPE).get(0)),
                    UUID.fromString(attributes.get(ORG_ID).get(0)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Runs a call to Keycloak on a worker thread and turns its failures into problems: a missing
     * account is a 404, a refused value a 422, anything else (Keycloak away, a right missing) a 503.
     */
    private static <T> Uni<T> call(String what, Supplier<T> work) {
        return Blocking.call(() -> {
            try {
                return work.get();
            } catch (WebApplicationException e) {
                if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                    throw new ProblemException(404, "not-found", "Not found", what + " does not exist", List.of());
                }
                throw refusal(e.getResponse());
            } catch (ProcessingException e) {
                Log.warnf("Keycloak could not be reached about %s: %s", what, e.getMessage());
                throw unavailable("Keycloak could not be reached");
            }
        });
    }

    private static ProblemException refusal(Response answer) {
        if (answer == null) {
            return unavailable("Keycloak gave no answer");
        }
        int status = answer.getStatus();
        if (status == 400) {
            String reason = answer.hasEntity() ? answer.readEntity(String.class) : "";
            Log.infof("Keycloak refused a value: %s", reason);
            return ProblemException.unprocessable("account", "Keycloak refused the account's details"
                    + (reason.contains("errorMessage") ? " (" + reason.replaceAll(".*\"errorMessage\"\\s*:\\s*\"([^\"]{0,120}).*", "$1") + ")" : ""));
        }
        if (status == 409) {
            return ProblemException.conflict("Keycloak holds a conflicting account (the same e-mail address or user name)");
        }
        Log.warnf("Keycloak answered %d to the accounts service", status);
        return unavailable("Keycloak answered " + status);
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(503, "identity-provider-unavailable", "The identity provider is not available",
                detail + "; try again in a moment", List.of());
    }
}
