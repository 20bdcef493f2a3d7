package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** One page of a list, as every service answers it. */
@TemplateData
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = items == null ? List.of() : items;
    }
}
