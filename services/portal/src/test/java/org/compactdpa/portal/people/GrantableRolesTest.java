package org.compactdpa.portal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class GrantableRolesTest {

    private static final UUID OWN = UUID.fromString("0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d01");
    private static final UUID OTHER = UUID.fromString("0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d02");

    @Test
    void aDistrictAdministratorOffersOnlyTheDistrictRolesTheyHoldInTheirOwnDistrict() {
        Set<String> roles = Set.of("district-admin", "district-staff", "offline_access");
        assertThat(GrantableRoles.grantable(roles, "DISTRICT", OWN, "DISTRICT", OWN))
                .containsExactly("district-admin", "district-staff");
        assertThat(GrantableRoles.grantable(roles, "DISTRICT", OWN, "DISTRICT", OTHER)).isEmpty();
    }

    @Test
    void staffWithoutTheAdministratorRoleOfferNothing() {
        assertThat(GrantableRoles.grantable(Set.of("district-staff", "district-signer"), "DISTRICT", OWN, "DISTRICT", OWN))
                .isEmpty();
        assertThat(GrantableRoles.grantable(Set.of("vendor-admin"), "DISTRICT", OWN, "DISTRICT", OWN))
                .as("a vendor role does not administer a district").isEmpty();
    }

    @Test
    void aVendorAdministratorOffersTheVendorRolesTheyHold() {
        assertThat(GrantableRoles.grantable(Set.of("vendor-admin", "vendor-signer"), "VENDOR", OWN, "VENDOR", OWN))
                .containsExactly("vendor-admin", "vendor-signer");
    }

    @Test
    void aCoordinatorGrantsCoordinatorAtHomeAndEveryDistrictRoleInADistrict() {
        Set<String> coordinator = Set.of("coordinator");
        assertThat(GrantableRoles.grantable(coordinator, "CONSORTIUM", OWN, "CONSORTIUM", OWN)).containsExactly("coordinator");
        assertThat(GrantableRoles.grantable(coordinator, "CONSORTIUM", OWN, "DISTRICT", OTHER))
                .containsExactly("district-admin", "district-staff", "district-signer");
        assertThat(GrantableRoles.grantable(coordinator, "CONSORTIUM", OWN, "VENDOR", OTHER)).isEmpty();
    }

    @Test
    void aPlatformAdministratorOffersEveryFittingRoleButNeverPlatformAdmin() {
        assertThat(GrantableRoles.grantable(Set.of("platform-admin"), null, null, "VENDOR", OTHER))
                .containsExactly("vendor-admin", "vendor-staff", "vendor-signer");
        assertThat(GrantableRoles.grantable(Set.of("platform-admin"), null, null, null, OTHER))
                .as("an organisation of unknown kind").isEmpty();
        for (String kind : GrantableRoles.KINDS) {
            assertThat(GrantableRoles.fitting(kind)).doesNotContain("platform-admin");
        }
    }

    @Test
    void nobodyWithoutAnOrganisationOrRoleOffersAnything() {
        assertThat(GrantableRoles.grantable(Set.of("district-admin"), null, null, "DISTRICT", OWN)).isEmpty();
    }
}
