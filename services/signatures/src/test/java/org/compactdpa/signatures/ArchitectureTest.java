package org.compactdpa.signatures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementLifecycle;
import org.compactdpa.testing.architecture.CapabilityRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service is sorted by capability. Two capabilities are shared: {@code agreements}, the agreement
 * itself (entity, products, signatures, state machine) that every other capability reads or moves
 * on, and {@code directory}, the read-only projections of other services' data that preparing and
 * adopting agreements check against.
 */
@Tag("fast")
class ArchitectureTest {

    static final String BASE = "org.compactdpa.signatures";

    @Test
    void theServiceIsSortedByCapability() {
        CapabilityRules.of(BASE).sharing("agreements", "directory").check();
    }

    @Test
    void onlyTheLifecycleChangesAnAgreementsStatus() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(BASE);
        noClasses().that().doNotHaveFullyQualifiedName(AgreementLifecycle.class.getName())
                .should().setField(Agreement.class, "status")
                .because("every status change goes through AgreementLifecycle.move, which refuses illegal moves")
                .check(main);
    }
}
