package org.compactdpa.districts.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
}
