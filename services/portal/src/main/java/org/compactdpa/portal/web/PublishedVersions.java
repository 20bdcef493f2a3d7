package org.compactdpa.portal.web;

import static org.compactdpa.portal.backend.Backend.Service.TEMPLATES;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.backend.Backend;

/** Template versions in a given state, as form choices ("templateId/version") and links. */
@RequestScoped
public class PublishedVersions {

    private final Backend backend;

    public PublishedVersions(Backend backend) {
        this.backend = backend;
    }

    /** Every published version, of one consortium's templates or (null) of all. */
    public List<Map<String, Object>> choices(UUID consortiumId) {
        return withStatus(consortiumId, "PUBLISHED");
    }

    /** Versions whose comment period is open, with a link to comment on them. */
    public List<Map<String, Object>> openForComment(UUID consortiumId) {
        return withStatus(consortiumId, "COMMENT_PERIOD");
    }

    private List<Map<String, Object>> withStatus(UUID consortiumId, String status) {
        Map<String, Object> templates = backend.get(TEMPLATES, "/api/templates", "consortiumId", consortiumId, "size", 50);
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Object item : (List<?>) templates.getOrDefault("items", List.of())) {
            Map<?, ?> template = (Map<?, ?>) item;
            for (Map<String, Object> v : backend.list(TEMPLATES, "/api/templates/" + template.get("id") + "/versions")) {
                if (status.equals(v.get("status"))) {
                    choices.add(Map.of("value", template.get("id") + "/" + v.get("version"),
                            "label", template.get("name") + ", version " + v.get("version"),
                            "link", "/templates/" + template.get("id") + "/versions/" + v.get("version")));
                }
            }
        }
        return choices;
    }
}
