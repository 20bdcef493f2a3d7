package org.compactdpa.portal.notices;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An event type an endpoint may ask for, as a checkbox of the registration form. The notices service
 * lists them either as names or as objects naming a type ({@code type}, {@code eventType} or
 * {@code name}) with an optional {@code description}, bare or under {@code items}; all of these read
 * the same here, in the service's order.
 */
@TemplateData
public record EventTypeChoice(String name, String description) {

    private static final String[] NAME_FIELDS = {"type", "eventType", "name", "id"};

    static List<EventTypeChoice> from(JsonNode listed) {
        JsonNode items = listed != null && listed.isObject() ? listed.path("items") : listed;
        List<EventTypeChoice> choices = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (items == null || !items.isArray()) {
            return choices;
        }
        for (JsonNode item : items) {
            EventTypeChoice choice = of(item);
            if (choice != null && seen.add(choice.name())) {
                choices.add(choice);
            }
        }
        return choices;
    }

    private static EventTypeChoice of(JsonNode item) {
        if (item.isTextual()) {
            return item.asText().isBlank() ? null : new EventTypeChoice(item.asText(), null);
        }
        if (!item.isObject()) {
            return null;
        }
        for (String field : NAME_FIELDS) {
            JsonNode name = item.get(field);
            if (name != null && name.isTextual() && !name.asText().isBlank()) {
                JsonNode description = item.has("description") ? item.get("description") : item.get("label");
                return new EventTypeChoice(name.asText(),
                        description != null && description.isTextual() ? description.asText() : null);
            }
        }
        return null;
    }
}
