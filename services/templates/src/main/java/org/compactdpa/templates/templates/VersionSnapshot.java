package org.compactdpa.templates.templates;

import java.util.UUID;

/**
 * One version with what the other capabilities need of its template (comments, negotiations,
 * terms): read once, handed over as values, so no other capability touches this one's rows.
 */
public record VersionSnapshot(UUID templateId, String templateName, UUID consortiumId, String state, UUID versionId,
        int number, VersionStatus status, TemplateContent content) {

    static VersionSnapshot of(Located located, TemplateContent content) {
        Template t = located.template();
        TemplateVersion v = located.version();
        return new VersionSnapshot(t.id, t.name, t.consortiumId, t.state, v.id, v.number, v.status, content);
    }
}
