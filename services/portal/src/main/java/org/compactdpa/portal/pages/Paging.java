package org.compactdpa.portal.pages;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.compactdpa.portal.clients.Page;

/** Previous/next links for a page of results, keeping the filters the person chose. */
@TemplateData
public record Paging(int page, int pages, long total, String previous, String next) {

    /** What a list answers per page when it does not say. */
    private static final int USUAL_SIZE = 20;

    /** The page number as people count, from 1. */
    public int number() {
        return page + 1;
    }

    /** {@code filters} come as name, value pairs; blank values are left out of the links. */
    public static Paging of(Page<?> results, String path, String... filters) {
        int size = results.size() > 0 ? results.size() : USUAL_SIZE;
        int pages = (int) Math.max(1, (results.total() + size - 1) / size);
        int page = results.page();
        String previous = page > 0 ? link(path, page - 1, filters) : null;
        String next = page + 1 < pages ? link(path, page + 1, filters) : null;
        return new Paging(page, pages, results.total(), previous, next);
    }

    private static String link(String path, int page, String... filters) {
        if (filters.length % 2 != 0) {
            throw new IllegalArgumentException("filters come in name, value pairs");
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        for (int i = 0; i < filters.length; i += 2) {
            String value = Forms.optional(filters[i + 1]);
            if (value != null) {
                query.add(encode(filters[i]) + "=" + encode(value));
            }
        }
        query.add("page=" + page);
        return path + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
