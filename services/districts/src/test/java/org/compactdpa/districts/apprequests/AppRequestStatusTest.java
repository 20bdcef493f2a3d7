package org.compactdpa.districts.apprequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("fast")
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

    @Test
    void aNewRequestWaitsWithTheDistrictWhenAnOfferIsOpenAndWithTheCoordinatorsOtherwise() {
        assertThat(AppRequestStatus.opening(true)).isEqualTo(AppRequestStatus.OFFER_AVAILABLE);
        assertThat(AppRequestStatus.opening(false)).isEqualTo(AppRequestStatus.QUEUED);
    }

    @ParameterizedTest(name = "{0} may become {1}")
    @MethodSource("allowedMoves")
    void anAllowedMoveIsTaken(AppRequestStatus from, AppRequestStatus to) {
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} may not become {1}")
    @MethodSource("illegalMoves")
    void anIllegalMoveIsAConflictThatSaysWhy(AppRequestStatus from, AppRequestStatus to) {
        assertThatThrownBy(() -> from.moveTo(to))
                .isInstanceOf(ProblemException.class)
                .hasMessage("The request is " + from + " and cannot become " + to)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(409));
    }

    @Test
    void everyPairOfStatusesIsEitherAllowedOrRefused() {
        assertThat(allowedMoves().count() + illegalMoves().count())
                .isEqualTo((long) AppRequestStatus.values().length * AppRequestStatus.values().length);
        assertThat(allowedMoves().count()).isEqualTo(11);
    }

    static Stream<Arguments> allowedMoves() {
        return pairs().filter(p -> ((AppRequestStatus) p.get()[0]).canBecome((AppRequestStatus) p.get()[1]));
    }

    static Stream<Arguments> illegalMoves() {
        return pairs().filter(p -> !((AppRequestStatus) p.get()[0]).canBecome((AppRequestStatus) p.get()[1]));
    }

    private static Stream<Arguments> pairs() {
        return Arrays.stream(AppRequestStatus.values())
                .flatMap(from -> Arrays.stream(AppRequestStatus.values()).map(to -> Arguments.of(from, to)));
    }
}
