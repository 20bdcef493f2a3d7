package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One page of a list, as every service answers it. The registry counts only so far: there
 * {@code totalExact} is false when {@code total} is a lower bound; other lists leave it out (null).
 */
@TemplateData
public record Page<T>(List<T> items, int page, int size, long total, Boolean totalExact) {

    public Page {
        items = items == null ? List.of() : items;
    }

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    /** Whether there may be more than {@code total}. */
    public boolean atLeast() {
        return Boolean.FALSE.equals(totalExact);
    }
}
