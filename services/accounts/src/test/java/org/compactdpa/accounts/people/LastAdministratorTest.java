package org.compactdpa.accounts.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.compactdpa.accounts.keycloak.Person;
import org.compactdpa.contracts.vocabulary.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class LastAdministratorTest {

    private static Person person(String id, boolean enabled, String... roles) {
        return new Person(id, id + "@example.org", id, "Test", enabled, null, Set.of(roles), List.of());
    }

    private static final Person ADMIN = person("ada", true, Roles.VENDOR_ADMIN, Roles.VENDOR_STAFF);
    private static final Person STAFF = person("sam", true, Roles.VENDOR_STAFF);

    @Test
    void theLastAdministratorCannotDropTheRoleOrBeDeactivated() {
        List<Person> people = List.of(ADMIN, STAFF);
        assertThat(LastAdministrator.wouldBeRemoved(people, "ada", true, Set.of(Roles.VENDOR_STAFF), Roles.VENDOR_ADMIN))
                .isTrue();
        assertThat(LastAdministrator.wouldBeRemoved(people, "ada", false, ADMIN.roles(), Roles.VENDOR_ADMIN)).isTrue();
    }

    @Test
    void anotherActiveAdministratorMakesTheChangeFine() {
        List<Person> people = List.of(ADMIN, person("bea", true, Roles.VENDOR_ADMIN));
        assertThat(LastAdministrator.wouldBeRemoved(people, "ada", false, ADMIN.roles(), Roles.VENDOR_ADMIN)).isFalse();
    }

    @Test
    void aDeactivatedAdministratorDoesNotCount() {
        List<Person> people = List.of(ADMIN, person("bea", false, Roles.VENDOR_ADMIN));
        assertThat(LastAdministrator.wouldBeRemoved(people, "ada", false, ADMIN.roles(), Roles.VENDOR_ADMIN)).isTrue();
    }

    @Test
    void changesToOthersAndOrganisationsWithoutAdministratorsAreFine() {
        assertThat(LastAdministrator.wouldBeRemoved(List.of(ADMIN, STAFF), "sam", false, STAFF.roles(),
                Roles.VENDOR_ADMIN)).isFalse();
        assertThat(LastAdministrator.wouldBeRemoved(List.of(STAFF), "sam", false, STAFF.roles(), Roles.VENDOR_ADMIN))
                .isFalse();
    }
}
