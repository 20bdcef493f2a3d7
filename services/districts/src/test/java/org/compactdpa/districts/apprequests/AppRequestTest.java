package org.compactdpa.districts.apprequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class AppRequestTest {

    private static final Instant ASKED = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-09T15:30:00Z");

    private static AppRequest answeredBy(UUID offer) {
        return AppRequest.open(UUID.randomUUID(), UUID.randomUUID(), "Quiz Quest", "Grade 4 review", offer,
                "maple-staff", ASKED);
    }

    @Test
    void aRequestAnsweredByAnOfferWaitsWithTheDistrictAndOneWithoutWaitsForTheCoordinators() {
        UUID offer = UUID.randomUUID();
        assertThat(answeredBy(offer).status()).isEqualTo(AppRequestStatus.OFFER_AVAILABLE);
        assertThat(answeredBy(offer).offerAgreementId).isEqualTo(offer);
        assertThat(answeredBy(null).status()).isEqualTo(AppRequestStatus.QUEUED);
        assertThat(answeredBy(null).requestedAt).isEqualTo(ASKED);
    }

    @Test
    void anOpenOutcomeKeepsTheNoteButLeavesTheRequestUnresolved() {
        AppRequest request = answeredBy(null);
        request.moveTo(AppRequestStatus.NEGOTIATION_STARTED, "Talking to the vendor", "coordinator", LATER);

        assertThat(request.status()).isEqualTo(AppRequestStatus.NEGOTIATION_STARTED);
        assertThat(request.resolutionNote).isEqualTo("Talking to the vendor");
        assertThat(request.resolvedAt).isNull();
        assertThat(request.resolvedBy).isNull();
    }

    @Test
    void aFinalOutcomeRecordsWhoResolvedItAndWhen() {
        AppRequest request = answeredBy(null);
        request.moveTo(AppRequestStatus.DECLINED, "Not for district use", "coordinator", LATER);

        assertThat(request.status()).isEqualTo(AppRequestStatus.DECLINED);
        assertThat(request.resolvedAt).isEqualTo(LATER);
        assertThat(request.resolvedBy).isEqualTo("coordinator");
        assertThat(request.resolutionNote).isEqualTo("Not for district use");
    }

    @Test
    void aRequestSentBackToTheQueueNoLongerPointsAtItsOffer() {
        AppRequest request = answeredBy(UUID.randomUUID());
        request.moveTo(AppRequestStatus.QUEUED, "Offer withdrawn", "compact", LATER);

        assertThat(request.status()).isEqualTo(AppRequestStatus.QUEUED);
        assertThat(request.offerAgreementId).isNull();
        assertThat(request.resolutionNote).isNull();
        assertThat(request.resolvedAt).isNull();
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        AppRequest request = answeredBy(null);
        request.moveTo(AppRequestStatus.DECLINED, "No", "coordinator", LATER);

        assertThatThrownBy(() -> request.moveTo(AppRequestStatus.APPROVED, "Covered", "compact", LATER.plusSeconds(60)))
                .isInstanceOf(ProblemException.class)
                .hasMessage("The request is DECLINED and cannot become APPROVED");
        assertThat(request.status()).isEqualTo(AppRequestStatus.DECLINED);
        assertThat(request.resolvedAt).isEqualTo(LATER);
        assertThat(request.resolvedBy).isEqualTo("coordinator");
    }

    @Test
    void onlyARequestWaitingOnAnOfferIsHandedToAnother() {
        UUID other = UUID.randomUUID();
        AppRequest waiting = answeredBy(UUID.randomUUID());
        waiting.answerWith(other);
        assertThat(waiting.offerAgreementId).isEqualTo(other);
        assertThat(waiting.status()).isEqualTo(AppRequestStatus.OFFER_AVAILABLE);

        assertThatThrownBy(() -> answeredBy(null).answerWith(other)).isInstanceOf(IllegalStateException.class);
    }
}
