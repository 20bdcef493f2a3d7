package org.compactdpa.vendors.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.compactdpa.contracts.vocabulary.DataElement.OTHER;
import static org.compactdpa.contracts.vocabulary.DataElement.STUDENT_NAME;
import static org.compactdpa.contracts.vocabulary.DataElement.TRANSCRIPT;

import java.time.Instant;
import java.util.List;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rules that tie a submitted product's fields together, checked without a server. */
@Tag("fast")
class ProductFormTest {

    private static ProductInput input(List<DataElement> elements, String other, SecurityFramework framework,
            String frameworkOther, List<ProductInput.SubprocessorInput> subprocessors) {
        return new ProductInput(null, " Reading Rocket ", " https://rocket.example.com ", "A reading app",
                List.of("K-2", "3-5", "K-2"), List.of(" Literacy ", "Literacy"), elements, other, framework,
                frameworkOther, subprocessors);
    }

    private static ProductInput.SubprocessorInput sharing(String name) {
        return new ProductInput.SubprocessorInput(name, " hosting ", null, " US ");
    }

    private static void assertRefusedNaming(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo(field);
                assertThat(error.message()).contains(message);
            });
        });
    }

    @Test
    void otherDataNeedsItsDescription() {
        ProductInput vague = input(List.of(OTHER), "  ", SecurityFramework.NIST_CSF, null, List.of());

        assertRefusedNaming(() -> ProductForm.declarationOf(vague), "otherDataElements", "must describe the data");
    }

    @Test
    void aDescriptionOfOtherDataWithoutOtherIsRefused() {
        ProductInput stray = input(List.of(STUDENT_NAME), "reading level", SecurityFramework.NIST_CSF, null, List.of());

        assertRefusedNaming(() -> ProductForm.declarationOf(stray), "otherDataElements", "only for data elements");
    }

    @Test
    void aSubprocessorNamedTwiceIgnoringCaseAndSpacesIsRefused() {
        ProductInput twice = input(List.of(), null, SecurityFramework.NIST_CSF, null,
                List.of(sharing("CloudHost"), sharing(" cloudhost")));

        assertRefusedNaming(() -> ProductForm.declarationOf(twice), "subprocessors", "once");
    }

    @Test
    void theDeclarationTrimsWhatItKeepsAndTakesAMissingElementListAsNone() {
        ProductInput described = input(List.of(TRANSCRIPT, OTHER, STUDENT_NAME), " reading level ",
                SecurityFramework.NIST_CSF, null, List.of(sharing(" CloudHost ")));

        Declaration declaration = ProductForm.declarationOf(described);

        assertThat(declaration.sortedElements()).containsExactly(STUDENT_NAME, TRANSCRIPT, OTHER);
        assertThat(declaration.otherDataElements()).isEqualTo("reading level");
        assertThat(declaration.subprocessors()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("CloudHost");
            assertThat(s.purpose()).isEqualTo("hosting");
            assertThat(s.location()).isEqualTo("US");
            assertThat(s.dataElements()).isEmpty();
        });
    }

    @Test
    void aFrameworkOfOtherNeedsItsName() {
        ProductInput unnamed = input(List.of(), null, SecurityFramework.OTHER, null, List.of());

        assertRefusedNaming(() -> ProductForm.detailsOf(unnamed), "securityFrameworkOther", "must name the framework");
    }

    @Test
    void theNameOfAnOtherFrameworkIsKeptOnlyForOther() {
        ProductDetails named = ProductForm.detailsOf(
                input(List.of(), null, SecurityFramework.OTHER, "  HITRUST CSF ", List.of()));
        ProductDetails listed = ProductForm.detailsOf(
                input(List.of(), null, SecurityFramework.NIST_CSF, "HITRUST CSF", List.of()));

        assertThat(named.securityFrameworkOther()).isEqualTo("HITRUST CSF");
        assertThat(listed.securityFrameworkOther()).isNull();
    }

    @Test
    void detailsAreTrimmedAndRepeatsDropped() {
        ProductDetails details = ProductForm.detailsOf(input(List.of(), null, SecurityFramework.NIST_CSF, null, null));

        assertThat(details.name()).isEqualTo("Reading Rocket");
        assertThat(details.url()).isEqualTo("https://rocket.example.com");
        assertThat(details.gradeBands()).containsExactly("K-2", "3-5");
        assertThat(details.categories()).containsExactly("Literacy");
    }

    @Test
    void detailsDifferOnlyWhenAStoredFieldWouldChange() {
        ProductDetails details = ProductForm.detailsOf(input(List.of(), null, SecurityFramework.NIST_CSF, null, null));
        Product product = new Product();
        product.describe(details, Instant.EPOCH);

        assertThat(details.differFrom(product)).isFalse();
        product.categories = List.of("Math");
        assertThat(details.differFrom(product)).isTrue();
    }
}
