package org.compactdpa.templates.templates;

/**
 * One clause of a standard agreement, with a stable key such as {@code IV.6} or {@code EXHIBIT_H.1};
 * {@code section} is its article or exhibit (e.g. {@code ARTICLE_IV}, {@code EXHIBIT_E}).
 */
public record Clause(String key, String section, String title, String text) {
}
