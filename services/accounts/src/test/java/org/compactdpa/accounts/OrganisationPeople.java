package org.compactdpa.accounts;

import java.util.UUID;
import org.compactdpa.testing.KeycloakUsers;

/** People of fresh organisations, made directly in the test realm (password "demo"), for tests to act as. */
public final class OrganisationPeople {

    private OrganisationPeople() {
    }

    /** A user of the organisation with all the roles; the username, whose address is {@code <username>@test.compactdpa.org}. */
    public static String person(String prefix, String organisationType, UUID organisation, String... roles) {
        String username = prefix + "-" + Long.toHexString(System.nanoTime());
        for (String role : roles) {
            KeycloakUsers.create(username, role, organisationType, organisation);
        }
        return username;
    }

    public static String emailOf(String username) {
        return username + "@test.compactdpa.org";
    }
}
