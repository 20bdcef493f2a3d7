package org.compactdpa.templates.negotiations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
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

    public UUID negotiationId;

    public UUID proposalId;

    public UUID replyTo;

    @Enumerated(EnumType.STRING)
    public Party party;

    public String author;

    public String text;

    public Instant createdAt;

    static Uni<List<NegotiationComment>> of(UUID negotiationId) {
        return list("negotiationId", Sort.ascending("createdAt").and("id"), negotiationId);
    }
}
