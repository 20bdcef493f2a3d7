package org.compactdpa.accounts.keycloak;

import java.util.List;
import java.util.Set;
import org.compactdpa.accounts.organisations.Organisation;

/**
 * A person's account as Keycloak holds it: the organisation it acts for (null when none), its realm
 * roles of the platform and the actions Keycloak still asks of the person (UPDATE_PASSWORD until a
 * password is set).
 */
public record Person(String id, String email, String firstName, String lastName, boolean enabled,
        Organisation organisation, Set<String> roles, List<String> requiredActions) {

    public boolean actsFor(Organisation candidate) {
        return candidate.equals(organisation);
    }

    public boolean mustSetPassword() {
        return requiredActions.contains(KeycloakPeople.UPDATE_PASSWORD);
    }

    public String name() {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return full.isEmpty() ? email : full;
    }
}
