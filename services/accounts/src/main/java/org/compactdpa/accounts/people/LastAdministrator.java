package org.compactdpa.accounts.people;

import java.util.List;
import java.util.Set;
import org.compactdpa.accounts.keycloak.Person;

/**
 * An organisation that has an active administrator keeps one: a change that would leave it without
 * (the last administrator deactivated, or losing the administrator's role, by anyone, themself
 * included) is refused. Nobody could invite or manage its people afterwards but a platform administrator.
 */
final class LastAdministrator {

    private LastAdministrator() {
    }

    /**
     * True when the change (the person active or not afterwards, with these roles) leaves an organisation
     * that had an active administrator without any.
     */
    static boolean wouldBeRemoved(List<Person> people, String personId, boolean activeAfter, Set<String> rolesAfter,
            String adminRole) {
        long before = people.stream().filter(p -> isAdmin(p.enabled(), p.roles(), adminRole)).count();
        long after = people.stream().filter(p -> p.id().equals(personId)
                ? isAdmin(activeAfter, rolesAfter, adminRole) : isAdmin(p.enabled(), p.roles(), adminRole)).count();
        return before > 0 && after == 0;
    }

    private static boolean isAdmin(boolean active, Set<String> roles, String adminRole) {
        return active && roles.contains(adminRole);
    }
}
