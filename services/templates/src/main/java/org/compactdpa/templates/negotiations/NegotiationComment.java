package org.compactdpa.templates.negotiations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A threaded comment in a negotiation, on the whole or on one proposal. */
@Entity
@Table(name = "negotiation_comment")
public class NegotiationComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "negotiation_id", nullable = false)
    public UUID negotiationId;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Column(name = "reply_to")
    public UUID replyTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Party party;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Uni<List<NegotiationComment>> of(UUID negotiationId) {
        return list("negotiationId", Sort.ascending("createdAt").and("id"), negotiationId);
    }
}
