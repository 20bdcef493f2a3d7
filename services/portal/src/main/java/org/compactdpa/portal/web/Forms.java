package org.compactdpa.portal.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.List;

/** Reading submitted HTML forms: trimmed text, ticked boxes, comma lists. */
final class Forms {

    private Forms() {
    }

    static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A checkbox is sent only when ticked. */
    static boolean ticked(MultivaluedMap<String, String> form, String name) {
        return form.containsKey(name);
    }

    /** Every value of a repeated field (checkboxes, multiple selects), blanks left out. */
    static List<String> all(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    /** A comma-separated text field as a list. */
    static List<String> commaList(MultivaluedMap<String, String> form, String name) {
        String value = text(form, name);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
