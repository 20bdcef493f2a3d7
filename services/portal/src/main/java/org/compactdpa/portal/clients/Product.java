package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/** A product with its current declaration (Exhibit B data, Exhibit F framework, subprocessors). */
@TemplateData
public record Product(UUID id, UUID vendorId, String name, String url, String description, List<String> gradeBands,
        List<String> categories, List<String> dataElements, String otherDataElements, String securityFramework,
        String securityFrameworkOther, List<Subprocessor> subprocessors, int declarationVersion) {

    public Product {
        subprocessors = subprocessors == null ? List.of() : subprocessors;
    }

    /** Someone the product shares student data with, as declared and as sent. */
    @TemplateData
    public record Subprocessor(String name, String purpose, String location, List<String> dataElements) {
    }
}
