package org.compactdpa.testing.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each rule fails on a fixture that breaks it, and a fixture sorted by capability passes them all. */
@Tag("fast")
class CapabilityRulesTest {

    private static final String FIXTURES = "org.compactdpa.archfixture";

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURES + "." + name);
    }

    private static CapabilityRules rulesFor(String name) {
        return CapabilityRules.of(FIXTURES + "." + name);
    }

    @Test
    void aCycleBetweenCapabilitiesFails() {
        assertThatThrownBy(() -> rulesFor("cyclic").checkAll(fixture("cyclic")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }

    @Test
    void aResourceReturningEntitiesFails() {
        assertThatThrownBy(() -> rulesFor("wire").noEntityCrossesTheHttpBoundary().check(fixture("wire")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("exposes the entity")
                .hasMessageContaining("Thing");
    }

    @Test
    void reachingIntoAnotherCapabilitysEntitiesFails() {
        assertThatThrownBy(() -> rulesFor("reach").entitiesStayInTheirCapability().check(fixture("reach")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("capability 'orders' reaches into the entities of 'billing'");
    }

    @Test
    void aSharedPackagesEntitiesMayBeUsedByAnyCapability() {
        assertThatCode(() -> rulesFor("reach").sharing("billing").entitiesStayInTheirCapability().check(fixture("reach")))
                .doesNotThrowAnyException();
    }

    @Test
    void aLayerPackageFails() {
        assertThatThrownBy(() -> rulesFor("layered").noLayerPackages().check(fixture("layered")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("SomeService");
    }

    @Test
    void jaxRsBelowTheResourceFails() {
        assertThatThrownBy(() -> rulesFor("http").jaxRsOnlyAtTheBoundary().check(fixture("http")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ThingService");
    }

    @Test
    void aCapabilityDeclaredAsCallingOutMayUseJaxRsClientTypes() {
        assertThatCode(() -> rulesFor("http").callingOutThrough("things").jaxRsOnlyAtTheBoundary().check(fixture("http")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rulesFor("http").callingOutThrough("others").jaxRsOnlyAtTheBoundary().check(fixture("http")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ThingService");
    }

    @Test
    void aServiceSortedByCapabilityPassesEveryRule() {
        assertThatCode(() -> rulesFor("clean").checkAll(fixture("clean"))).doesNotThrowAnyException();
    }
}
