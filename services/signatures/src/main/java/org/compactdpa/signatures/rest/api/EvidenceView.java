package org.compactdpa.signatures.rest.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.signatures.domain.EvidenceType;

/** An agreement's evidence trail, oldest entry first; {@code head} is the hash of the newest. */
public record EvidenceView(UUID agreementId, int entries, String head, List<Entry> trail) {

    public record Entry(int seq, EvidenceType type, Instant occurredAt, Actor actor, String ip, String userAgent,
            String documentSha256, String details, String previousHash, String hash) {
    }

    public record Actor(String subject, String name, String role, UUID organisationId) {
    }
}
