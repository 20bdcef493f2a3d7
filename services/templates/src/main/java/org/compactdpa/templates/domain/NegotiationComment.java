package org.compactdpa.templates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A threaded comment in a negotiation, on the whole or on one proposal. */
@Entity
@Table(name = "negotiation_comment")
public class NegotiationComment {

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
}
