package org.compactdpa.portal.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reading submitted HTML forms: trimmed text, ticked boxes, comma lists. A form arrives as the
 * multi-valued map JAX-RS hands the page, which is a map of lists.
 */
public final class Forms {

    private Forms() {
    }

    public static String text(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return optional(values == null || values.isEmpty() ? null : values.get(0));
    }

    /** A value that may be left empty (a form field, a filter): trimmed, or null when blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A checkbox is sent only when ticked. */
    public static boolean ticked(Map<String, List<String>> form, String name) {
        return form.containsKey(name);
    }

    /** Every value of a repeated field (checkboxes, multiple selects), blanks left out. */
    public static List<String> all(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    /** A comma-separated text field as a list. */
    public static List<String> commaList(Map<String, List<String>> form, String name) {
        String value = text(form, name);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
