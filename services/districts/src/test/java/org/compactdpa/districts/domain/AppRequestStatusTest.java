package org.compactdpa.districts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AppRequestStatusTest {

    @Test
    void openRequestsMayBeResolvedOrApproved() {
        assertThat(AppRequestStatus.QUEUED.canBecome(AppRequestStatus.NEGOTIATION_STARTED)).isTrue();
        assertThat(AppRequestStatus.OFFER_AVAILABLE.canBecome(AppRequestStatus.APPROVED)).isTrue();
        assertThat(AppRequestStatus.NEGOTIATION_STARTED.canBecome(AppRequestStatus.APPROVED)).isTrue();
    }

    @Test
    void closedRequestsStayClosed() {
        for (AppRequestStatus next : AppRequestStatus.values()) {
            assertThat(AppRequestStatus.DECLINED.canBecome(next)).isFalse();
            assertThat(AppRequestStatus.APPROVED.canBecome(next)).isFalse();
        }
        assertThat(AppRequestStatus.NEGOTIATION_STARTED.canBecome(AppRequestStatus.ALREADY_COVERED)).isFalse();
    }

    @Test
    void aRequestWhoseOfferClosedGoesToTheQueueButNeverBack() {
        assertThat(AppRequestStatus.OFFER_AVAILABLE.canBecome(AppRequestStatus.QUEUED)).isTrue();
        assertThat(AppRequestStatus.QUEUED.canBecome(AppRequestStatus.OFFER_AVAILABLE)).isFalse();
        assertThat(AppRequestStatus.NEGOTIATION_STARTED.canBecome(AppRequestStatus.QUEUED)).isFalse();
    }

    @Test
    void theQueueHoldsWhatWaitsForTheCoordinatorsAndEveryAnswerIsAnOutcome() {
        assertThat(AppRequestStatus.AWAITING_COORDINATORS)
                .containsExactlyInAnyOrder(AppRequestStatus.QUEUED, AppRequestStatus.NEGOTIATION_STARTED);
        assertThat(Arrays.stream(AppRequestStatus.values()).filter(AppRequestStatus::isOutcome))
                .containsExactly(AppRequestStatus.NEGOTIATION_STARTED, AppRequestStatus.ALREADY_COVERED,
                        AppRequestStatus.DECLINED, AppRequestStatus.APPROVED);
    }
}
