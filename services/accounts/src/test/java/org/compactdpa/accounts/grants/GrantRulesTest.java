package org.compactdpa.accounts.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The grant matrix of docs/security.md, one row at a time. */
@Tag("fast")
class GrantRulesTest {

    private static final Organisation CONSORTIUM = new Organisation(OrganisationType.CONSORTIUM, UUID.randomUUID());
    private static final Organisation OTHER_CONSORTIUM = new Organisation(OrganisationType.CONSORTIUM, UUID.randomUUID());
    private static final Organisation DISTRICT = new Organisation(OrganisationType.DISTRICT, UUID.randomUUID());
    private static final Organisation OTHER_DISTRICT = new Organisation(OrganisationType.DISTRICT, UUID.randomUUID());
    private static final Organisation VENDOR = new Organisation(OrganisationType.VENDOR, UUID.randomUUID());
    private static final Organisation OTHER_VENDOR = new Organisation(OrganisationType.VENDOR, UUID.randomUUID());

    private static GrantRules.Actor actor(Organisation organisation, String... roles) {
        return new GrantRules.Actor(Set.of(roles), organisation);
    }

    @Test
    void aPlatformAdministratorGrantsEveryRoleThatFitsButNeverPlatformAdmin() {
        GrantRules.Actor admin = actor(null, Roles.PLATFORM_ADMIN);
        assertThat(GrantRules.grantable(admin, VENDOR, false))
                .containsExactlyInAnyOrder(Roles.VENDOR_ADMIN, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER);
        assertThat(GrantRules.grantable(admin, CONSORTIUM, false)).containsExactly(Roles.COORDINATOR);
        for (Organisation any : Set.of(CONSORTIUM, DISTRICT, VENDOR)) {
            assertThat(GrantRules.grantable(admin, any, false)).doesNotContain(Roles.PLATFORM_ADMIN);
        }
    }

    @Test
    void aCoordinatorGrantsCoordinatorInTheirConsortiumAndDistrictRolesInItsMembers() {
        GrantRules.Actor coordinator = actor(CONSORTIUM, Roles.COORDINATOR);
        assertThat(GrantRules.grantable(coordinator, CONSORTIUM, false)).containsExactly(Roles.COORDINATOR);
        assertThat(GrantRules.grantable(coordinator, DISTRICT, true))
                .containsExactlyInAnyOrder(Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER);
        assertThat(GrantRules.grantable(coordinator, OTHER_DISTRICT, false)).as("not a member").isEmpty();
        assertThat(GrantRules.grantable(coordinator, OTHER_CONSORTIUM, false)).isEmpty();
        assertThat(GrantRules.grantable(coordinator, VENDOR, false)).isEmpty();
    }

    @Test
    void aDistrictAdministratorGrantsOnlyTheDistrictRolesTheyHoldInTheirOwnDistrict() {
        GrantRules.Actor admin = actor(DISTRICT, Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF);
        assertThat(GrantRules.grantable(admin, DISTRICT, false))
                .containsExactlyInAnyOrder(Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF);
        assertThat(GrantRules.refused(GrantRules.grantable(admin, DISTRICT, false), Set.of(Roles.DISTRICT_SIGNER)))
                .containsExactly(Roles.DISTRICT_SIGNER);
        assertThat(GrantRules.grantable(admin, OTHER_DISTRICT, false)).isEmpty();
        assertThat(GrantRules.grantable(admin, CONSORTIUM, false)).isEmpty();
    }

    @Test
    void aVendorAdministratorNeverGrantsCoordinatorOrDistrictRoles() {
        GrantRules.Actor admin = actor(VENDOR, Roles.VENDOR_ADMIN, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER);
        Set<String> grantable = GrantRules.grantable(admin, VENDOR, false);
        assertThat(grantable).containsExactlyInAnyOrder(Roles.VENDOR_ADMIN, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER);
        assertThat(GrantRules.refused(grantable, Set.of(Roles.COORDINATOR, Roles.DISTRICT_STAFF, Roles.PLATFORM_ADMIN)))
                .containsExactlyInAnyOrder(Roles.COORDINATOR, Roles.DISTRICT_STAFF, Roles.PLATFORM_ADMIN);
        assertThat(GrantRules.grantable(admin, OTHER_VENDOR, false)).isEmpty();
        assertThat(GrantRules.grantable(admin, DISTRICT, true)).isEmpty();
    }

    @Test
    void staffAndSignersAdministerNothing() {
        assertThat(GrantRules.grantable(actor(VENDOR, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER), VENDOR, false)).isEmpty();
        assertThat(GrantRules.grantable(actor(DISTRICT, Roles.DISTRICT_SIGNER), DISTRICT, false)).isEmpty();
        assertThat(GrantRules.grantable(actor(null), VENDOR, false)).isEmpty();
    }

    @Test
    void aRoleHeldForAnotherKindOfOrganisationGivesNothing() {
        // A coordinator's role does not make someone acting for a vendor a coordinator of anything.
        assertThat(GrantRules.grantable(actor(VENDOR, Roles.COORDINATOR), CONSORTIUM, false)).isEmpty();
        assertThat(GrantRules.grantable(actor(VENDOR, Roles.COORDINATOR, Roles.VENDOR_ADMIN), VENDOR, false))
                .containsExactly(Roles.VENDOR_ADMIN);
    }
}
