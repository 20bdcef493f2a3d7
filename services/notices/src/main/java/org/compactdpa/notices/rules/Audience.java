package org.compactdpa.notices.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;

/**
 * Who a notice is for: the people of one organisation who hold one of {@code roles} (everyone in it when
 * the set is empty; every organisation of the type when {@code organisationId} is null), or one person
 * ({@code personId}, the token subject).
 */
public record Audience(OrganisationType organisationType, UUID organisationId, Set<String> roles, String personId) {

    public Audience {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Everyone who acts for the organisation. */
    public static Audience everyoneAt(OrganisationType type, UUID id) {
        return new Audience(Objects.requireNonNull(type), Objects.requireNonNull(id), Set.of(), null);
    }

    /** The people of the organisation holding one of the roles. */
    public static Audience rolesAt(OrganisationType type, UUID id, String... roles) {
        return new Audience(Objects.requireNonNull(type), Objects.requireNonNull(id), Set.of(roles), null);
    }

    /** The coordinators of one consortium. */
    public static Audience coordinatorsOf(UUID consortiumId) {
        return rolesAt(OrganisationType.CONSORTIUM, consortiumId, Roles.COORDINATOR);
    }

    /** The coordinators of every consortium (vendor applications are the platform's, not one consortium's). */
    public static Audience everyCoordinator() {
        return new Audience(OrganisationType.CONSORTIUM, null, Set.of(Roles.COORDINATOR), null);
    }

    /** Those who administer the people of the organisation. */
    public static Audience administratorsOf(OrganisationType type, UUID id) {
        String role = switch (type) {
            case DISTRICT -> Roles.DISTRICT_ADMIN;
            case VENDOR -> Roles.VENDOR_ADMIN;
            case CONSORTIUM -> Roles.COORDINATOR;
        };
        return rolesAt(type, id, role);
    }

    public static Audience person(String personId) {
        return new Audience(null, null, Set.of(), Objects.requireNonNull(personId));
    }

    public boolean isPerson() {
        return personId != null;
    }

    /** Unique per audience within one event: a redelivered event writes nothing new. */
    public String key() {
        if (isPerson()) {
            return "person:" + personId;
        }
        return organisationType + ":" + (organisationId == null ? "*" : organisationId) + ":"
                + String.join(",", new TreeSet<>(roles));
    }

    /** The roles as a list, for the database. */
    public List<String> roleList() {
        return List.copyOf(new TreeSet<>(roles));
    }
}
