package org.compactdpa.districts.publiclist;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.ProductStatus;

/**
 * One line of a district's public list of agreements. This shape is what districts embed on their
 * own websites: fields are only ever added, never renamed or removed, and every field is sent even
 * when it is null, so the embedded shape does not depend on the data.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ListEntry(UUID productId, String product, UUID vendorId, String vendor, ProductStatus status,
        List<DataElement> dataElements, String otherDataElements, UUID agreementId, Relationship relationship,
        LocalDate effectiveOn, LocalDate expiresOn) {
}
