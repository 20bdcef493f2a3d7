package org.compactdpa.templates.negotiations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The moves of a proposal and of a negotiation, and a 409 with the reason for every other. */
@Tag("fast")
class NegotiationStatesTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private static void conflict(Runnable move, String detail) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.getMessage()).isEqualTo(detail);
        });
    }

    private static Negotiation open() {
        Negotiation n = new Negotiation();
        n.id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        n.status = NegotiationStatus.OPEN;
        return n;
    }

    @Test
    void aProposedChangeIsAcceptedRejectedOrCountered() {
        assertThat(EnumSet.allOf(ProposalStatus.class)).filteredOn(ProposalStatus.PROPOSED::canBecome)
                .containsExactlyInAnyOrder(ProposalStatus.ACCEPTED, ProposalStatus.REJECTED, ProposalStatus.COUNTERED);
        conflict(() -> ProposalStatus.PROPOSED.moveTo(ProposalStatus.PROPOSED, "Proposal p"),
                "Proposal p is PROPOSED and cannot become PROPOSED");
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"ACCEPTED", "REJECTED", "COUNTERED"})
    void aDecidedProposalIsNeverDecidedAgain(ProposalStatus decided) {
        for (ProposalStatus next : ProposalStatus.values()) {
            assertThat(decided.canBecome(next)).as(decided + " → " + next).isFalse();
            conflict(() -> decided.moveTo(next, "Proposal p"), "Proposal p is already " + decided);
        }
    }

    @Test
    void decidingAProposalRecordsWhoAndWhenOnce() {
        Proposal p = new Proposal();
        p.id = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        p.status = ProposalStatus.PROPOSED;

        p.decide(ProposalStatus.REJECTED, "coordinator", NOON);

        assertThat(p.status).isEqualTo(ProposalStatus.REJECTED);
        assertThat(p.decidedBy).isEqualTo("coordinator");
        assertThat(p.decidedAt).isEqualTo(NOON);
        conflict(() -> p.requireDecidable(ProposalStatus.ACCEPTED), "Proposal " + p.id + " is already REJECTED");
        conflict(() -> p.decide(ProposalStatus.ACCEPTED, "vendor", NOON.plusSeconds(1)),
                "Proposal " + p.id + " is already REJECTED");
        assertThat(p.decidedBy).isEqualTo("coordinator");
    }

    @Test
    void aNegotiationMovesFromOpenToAgreedOnly() {
        assertThat(NegotiationStatus.OPEN.canBecome(NegotiationStatus.AGREED)).isTrue();
        assertThat(NegotiationStatus.OPEN.canBecome(NegotiationStatus.OPEN)).isFalse();
        assertThat(NegotiationStatus.AGREED.canBecome(NegotiationStatus.OPEN)).isFalse();
        conflict(() -> NegotiationStatus.AGREED.moveTo(NegotiationStatus.OPEN, "Negotiation n"),
                "Negotiation n is AGREED and cannot become OPEN");
        conflict(() -> NegotiationStatus.AGREED.moveTo(NegotiationStatus.AGREED, "Negotiation n"),
                "Negotiation n is AGREED and cannot become AGREED");
    }

    @Test
    void eachSideAgreesOnceAndTheNegotiationConcludesOnce() {
        Negotiation n = open();
        UUID terms = UUID.randomUUID();

        n.agree(Party.VENDOR, "vendor", NOON);
        conflict(() -> n.agree(Party.VENDOR, "signer", NOON.plusSeconds(1)), "The vendor side has already agreed");
        assertThat(n.agreedBy(Party.CONSORTIUM)).isFalse();
        n.agree(Party.CONSORTIUM, "coordinator", NOON.plusSeconds(2));
        n.conclude(terms);

        assertThat(n.vendorAgreedBy).isEqualTo("vendor");
        assertThat(n.vendorAgreedAt).isEqualTo(NOON);
        assertThat(n.consortiumAgreedAt).isEqualTo(NOON.plusSeconds(2));
        assertThat(n.status).isEqualTo(NegotiationStatus.AGREED);
        assertThat(n.termsId).isEqualTo(terms);
        conflict(() -> n.conclude(UUID.randomUUID()), "Negotiation " + n.id + " is AGREED and cannot become AGREED");
        assertThat(n.termsId).isEqualTo(terms);
    }
}
