package org.compactdpa.signatures.registry;

import java.util.List;
import org.compactdpa.signatures.agreements.AgreementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the registry. The first four fields are those of every list of the platform; the registry
 * counts matches only up to {@link RegistryQuery#COUNT_CAP} past the page's start, so a large result
 * says {@code totalExact: false} and {@code total} is then a lower bound. {@code next} is the cursor of
 * the following page.
 */
public record RegistryPage(List<AgreementView> items, int page, int size,
        @Schema(description = "Matching agreements: those before this page (by page number; not before a cursor)"
                + " and up to 100 from its start on; at least this many when totalExact is false")
        long total,
        @Schema(description = "Whether total is the exact number of matches") boolean totalExact,
        @Schema(description = "Whether another page follows") boolean hasMore,
        @Schema(description = "Pass as 'after' for the following page (keyset paging, as fast at any depth); null on the last page")
        String next) {
}
