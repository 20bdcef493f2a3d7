package org.compactdpa.templates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One side's proposed change to one clause, with its rationale and the other side's decision. */
@Entity
public class Proposal {

    @Id
    public UUID id;

    @Column(name = "negotiation_id", nullable = false)
    public UUID negotiationId;

    @Column(name = "clause_key", nullable = false)
    public String clauseKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalKind kind;

    public String text;

    public String title;

    @Column(nullable = false)
    public String rationale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Party party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    @Column(name = "counter_of")
    public UUID counterOf;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
