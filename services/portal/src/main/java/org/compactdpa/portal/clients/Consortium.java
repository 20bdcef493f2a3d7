package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/** A consortium as the districts service answers it; its states bound where members come from. */
@TemplateData
public record Consortium(UUID id, String name, List<String> states, String description) {

    public Consortium {
        states = states == null ? List.of() : states;
    }
}
