package org.compactdpa.templates.templates;

import java.time.Instant;
import java.util.UUID;

public record TemplateView(UUID id, UUID consortiumId, String name, String state, Instant createdAt) {

    static TemplateView of(Template t) {
        return new TemplateView(t.id, t.consortiumId, t.name, t.state, t.createdAt);
    }
}
