package org.compactdpa.signatures.evidence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of an agreement's evidence trail. Rows are only ever inserted (the database refuses
 * updates and deletes); {@code entryHash} covers every field and the previous entry's hash.
 */
@Entity
@Table(name = "evidence_entry")
public class EvidenceEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "agreement_id") UUID agreementId, @Column(name = "seq") int seq)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public EvidenceType type;

    public Instant occurredAt;

    public String actorSubject;

    public String actorName;

    public String actorRole;

    public UUID actorOrgId;

    public String ip;

    public String userAgent;

    public String documentHash;

    public String details;

    public String previousHash;

    public String entryHash;

    /** The agreement's trail, oldest entry first. */
    public static Uni<List<EvidenceEntry>> trailOf(UUID agreementId) {
        return list("key.agreementId", Sort.ascending("key.seq"), agreementId);
    }

    /** The newest entry, or null for an empty trail. */
    public static Uni<EvidenceEntry> headOf(UUID agreementId) {
        return find("key.agreementId", Sort.descending("key.seq"), agreementId).firstResult();
    }

    public EvidenceChain.Link link() {
        return new EvidenceChain.Link(key.agreementId(), key.seq(), type.name(), occurredAt, actorSubject, actorName,
                actorRole, actorOrgId, ip, userAgent, documentHash, details, previousHash);
    }
}
