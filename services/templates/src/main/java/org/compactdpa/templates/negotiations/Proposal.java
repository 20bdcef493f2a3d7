package org.compactdpa.templates.negotiations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One side's proposed change to one clause, with its rationale and the other side's decision. */
@Entity
public class Proposal extends PanacheEntityBase {

    private static final Sort OLDEST_FIRST = Sort.ascending("createdAt").and("id");

    @Id
    public UUID id;

    public UUID negotiationId;

    public String clauseKey;

    @Enumerated(EnumType.STRING)
    public ProposalKind kind;

    public String text;

    public String title;

    public String rationale;

    @Enumerated(EnumType.STRING)
    public Party party;

    @Enumerated(EnumType.STRING)
    public ProposalStatus status;

    public UUID counterOf;

    public String proposedBy;

    public String decidedBy;

    public Instant decidedAt;

    public Instant createdAt;

    /** Refuses (409) a decision this proposal can no longer take, before anything else is looked at. */
    void requireDecidable(ProposalStatus decision) {
        status.moveTo(decision, "Proposal " + id);
    }

    void decide(ProposalStatus decision, String by, Instant at) {
        status = status.moveTo(decision, "Proposal " + id);
        decidedBy = by;
        decidedAt = at;
    }

    static Uni<List<Proposal>> of(UUID negotiationId) {
        return list("negotiationId", OLDEST_FIRST, negotiationId);
    }

    static Uni<List<Proposal>> accepted(UUID negotiationId) {
        return list("negotiationId = ?1 and status = ?2", OLDEST_FIRST, negotiationId, ProposalStatus.ACCEPTED);
    }

    static Uni<Long> openIn(UUID negotiationId) {
        return count("negotiationId = ?1 and status = ?2", negotiationId, ProposalStatus.PROPOSED);
    }

    /** The proposals on a clause that still count: open ones and accepted ones. */
    static Uni<List<Proposal>> standingOn(UUID negotiationId, String clauseKey) {
        return list("negotiationId = ?1 and clauseKey = ?2 and status in (?3)", negotiationId, clauseKey,
                List.of(ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED));
    }
}
