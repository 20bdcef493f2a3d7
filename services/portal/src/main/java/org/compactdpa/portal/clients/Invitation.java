package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invitation as its organisation's administrators see it (never its link); its status decides what can be done. */
@TemplateData
public record Invitation(UUID id, String organisationType, UUID organisationId, String email, List<String> roles,
        String status, Instant invitedAt, String invitedBy, Instant linkExpiresAt, int timesSent, Instant acceptedAt,
        Instant revokedAt) {

    public Invitation {
        roles = roles == null ? List.of() : roles;
    }

    /** Not accepted or revoked yet: it can be sent again (a new link) or revoked. */
    public boolean isOpen() {
        return "PENDING".equals(status) || "EXPIRED".equals(status);
    }
}
