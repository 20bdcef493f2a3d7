package org.compactdpa.portal.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    /**
     * An id a form carries back (a hidden field), or null when there is none. The portal wrote it, so
     * one that is not an id was tampered with: a 400 page rather than a failure of ours.
     */
    public static UUID id(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PageException(400, "The form could not be read", "It names something by an id that is not one.");
        }
    }
}
