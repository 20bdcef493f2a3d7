package org.compactdpa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every page method states who may open it, on the method itself: @RolesAllowed, @Authenticated or
 * @PermitAll. The path rules in application.properties come first, but an address dressed up to miss
 * them still meets the method's own rule (and quarkus.security.jaxrs.deny-unannotated-endpoints refuses
 * a method that has none).
 */
@Tag("fast")
class EveryPageSaysWhoMayOpenItTest {

    @Test
    void everyEndpointCarriesItsOwnSecurityAnnotation() {
        JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.compactdpa.portal");
        // The REST client interfaces carry HTTP methods too, for the calls they make: they are no pages.
        List<JavaMethod> endpoints = portal.stream().filter(type -> !type.isInterface())
                .flatMap(type -> type.getMethods().stream()).filter(method -> method.isMetaAnnotatedWith(HttpMethod.class))
                .toList();
        List<String> unstated = endpoints.stream()
                .filter(method -> !method.isAnnotatedWith(RolesAllowed.class) && !method.isAnnotatedWith(Authenticated.class)
                        && !method.isAnnotatedWith(PermitAll.class))
                .map(JavaMethod::getFullName).toList();

        assertThat(endpoints).as("page methods found").hasSizeGreaterThan(30);
        assertThat(unstated).as("page methods that do not say who may open them").isEmpty();
    }
}
