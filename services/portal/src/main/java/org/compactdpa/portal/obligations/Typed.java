package org.compactdpa.portal.obligations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A form as it was typed, to fill it in again above the service's refusal: one value per field, lists for the named ones. */
final class Typed {

    private Typed() {
    }

    static Map<String, Object> of(Map<String, List<String>> form, String... lists) {
        Map<String, Object> values = new HashMap<>();
        form.forEach((name, sent) -> values.put(name, sent == null || sent.isEmpty() ? null : sent.get(0)));
        for (String list : lists) {
            values.put(list, form.getOrDefault(list, List.of()));
        }
        values.remove("csrf-token");
        return values;
    }
}
