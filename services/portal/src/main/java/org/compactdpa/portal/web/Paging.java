package org.compactdpa.portal.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Previous/next links for a page of results answered as {@code {items, page, size, total}}, keeping
 * the filters the person chose.
 */
@TemplateData
public record Paging(int page, int pages, long total, String previous, String next) {

    /** The page number as people count, from 1. */
    public int number() {
        return page + 1;
    }

    public static Paging of(Map<String, Object> results, String path, Object... filters) {
        int page = ((Number) results.getOrDefault("page", 0)).intValue();
        int size = Math.max(1, ((Number) results.getOrDefault("size", 20)).intValue());
        long total = ((Number) results.getOrDefault("total", 0)).longValue();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        String previous = page > 0 ? link(path, page - 1, filters) : null;
        String next = page + 1 < pages ? link(path, page + 1, filters) : null;
        return new Paging(page, pages, total, previous, next);
    }

    private static String link(String path, int page, Object... filters) {
        List<Object> pairs = new ArrayList<>(Arrays.asList(filters));
        pairs.add("page");
        pairs.add(page);
        return path + org.compactdpa.portal.backend.Backend.queryString(pairs.toArray());
    }
}
