package org.compactdpa.templates.rest.api;

import java.time.Instant;
import java.util.UUID;
import org.compactdpa.templates.domain.Template;

public record TemplateView(UUID id, UUID consortiumId, String name, String state, Instant createdAt) {

    public static TemplateView of(Template t) {
        return new TemplateView(t.id, t.consortiumId, t.name, t.state, t.createdAt);
    }
}
