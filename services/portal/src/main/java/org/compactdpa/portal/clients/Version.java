package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a template. Its status decides what can happen to it and who may comment; its
 * content (clauses, parameters) is only displayed, so it stays as the service wrote it.
 */
@TemplateData
public record Version(UUID id, UUID templateId, int version, String status, String contentHash,
        Map<String, Object> content) {

    public boolean is(String expected) {
        return expected.equals(status);
    }
}
