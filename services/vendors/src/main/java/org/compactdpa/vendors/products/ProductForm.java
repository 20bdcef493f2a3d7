package org.compactdpa.vendors.products;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.compactdpa.contracts.events.Subprocessor;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.platform.problem.ProblemException;

/**
 * The rules a submitted product must meet beyond its field annotations, the ones that tie fields
 * together: OTHER needs its description (and the description needs OTHER), and a subprocessor is
 * named once. Each refusal names the field to fix.
 */
final class ProductForm {

    private ProductForm() {
    }

    static Declaration declarationOf(ProductInput input) {
        EnumSet<DataElement> elements = input.dataElements().isEmpty() ? EnumSet.noneOf(DataElement.class)
                : EnumSet.copyOf(input.dataElements());
        String other = input.otherDataElements();
        if (elements.contains(DataElement.OTHER)) {
            requireText(other, "otherDataElements", "must describe the data when dataElements includes OTHER");
        } else if (other != null && !other.isBlank()) {
            throw ProblemException.invalid("otherDataElements", "is only for data elements declared as OTHER");
        }
        List<Subprocessor> subprocessors = input.subprocessors() == null ? List.of() : input.subprocessors().stream()
                .map(s -> new Subprocessor(s.name(), s.purpose().trim(),
                        s.dataElements() == null ? List.of() : s.dataElements(), s.location().trim()))
                .toList();
        long distinctNames = subprocessors.stream().map(s -> s.name().trim().toLowerCase(Locale.ROOT)).distinct().count();
        if (distinctNames < subprocessors.size()) {
            throw ProblemException.invalid("subprocessors", "names each subprocessor once");
        }
        return new Declaration(elements, other, subprocessors);
    }

    static ProductDetails detailsOf(ProductInput input) {
        List<String> bands = input.gradeBands() == null ? List.of() : input.gradeBands().stream().distinct().toList();
        List<String> categories = input.categories() == null ? List.of()
                : input.categories().stream().map(String::trim).distinct().toList();
        String frameworkOther = input.securityFramework() == SecurityFramework.OTHER
                ? requireText(input.securityFrameworkOther(), "securityFrameworkOther",
                        "must name the framework when securityFramework is OTHER")
                : null;
        return new ProductDetails(input.name().trim(), input.url().trim(), input.description(), bands, categories,
                input.securityFramework(), frameworkOther);
    }

    private static String requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, message);
        }
        return value.trim();
    }
}
