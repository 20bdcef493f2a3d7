package org.compactdpa.signatures.evidence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An agreement's evidence trail, oldest entry first; {@code head} is the hash of the newest. */
public record EvidenceView(UUID agreementId, int entries, String head, List<Entry> trail) {

    public record Entry(int seq, EvidenceType type, Instant occurredAt, Actor actor, String ip, String userAgent,
            String documentSha256, String details, String previousHash, String hash) {
    }

    static EvidenceView of(UUID agreementId, List<EvidenceEntry> entries) {
        List<Entry> trail = entries.stream().map(e -> new Entry(e.key.seq(), e.type, e.occurredAt,
                new Actor(e.actorSubject, e.actorName, e.actorRole, e.actorOrgId), e.ip, e.userAgent, e.documentHash,
                e.details, e.previousHash, e.entryHash)).toList();
        return new EvidenceView(agreementId, trail.size(), trail.isEmpty() ? null : trail.get(trail.size() - 1).hash(),
                trail);
    }
}
