package org.compactdpa.districts.publiclist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ListingRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static AgreementCoverage coverage(AgreementStatus status, LocalDate expiresOn, Instant updatedAt) {
        AgreementCoverage c = new AgreementCoverage();
        c.key = new AgreementCoverage.Key(UUID.randomUUID(), UUID.randomUUID());
        c.status = status;
        c.expiresOn = expiresOn;
        c.updatedAt = updatedAt;
        return c;
    }

    @Test
    void anAgreementInForceWinsOverOnesUnderWayOrEnded() {
        var ended = coverage(AgreementStatus.EXPIRED, TODAY.minusDays(1), Instant.parse("2026-11-28T00:00:00Z"));
        var pending = coverage(AgreementStatus.AWAITING_DISTRICT, null, Instant.parse("2026-11-29T00:00:00Z"));
        var inForce = coverage(AgreementStatus.EXECUTED, TODAY.plusYears(1), Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(ListingRule.deciding(List.of(ended, pending, inForce), TODAY)).contains(inForce);
        assertThat(ListingRule.deciding(List.of(ended, pending), TODAY)).contains(pending);
        assertThat(ListingRule.statusOf(pending, TODAY)).isEqualTo(ProductStatus.PENDING);
    }

    @Test
    void ofTwoAgreementsInForceTheLongerRunningOneDecides() {
        var shorter = coverage(AgreementStatus.EXECUTED, TODAY.plusMonths(2), Instant.now());
        var longer = coverage(AgreementStatus.EXECUTED, TODAY.plusYears(2), Instant.now());

        assertThat(ListingRule.deciding(List.of(shorter, longer), TODAY)).contains(longer);
    }

    @Test
    void anExecutedAgreementPastItsExpiryIsNotApprovedEvenBeforeItsExpiryEvent() {
        var lapsed = coverage(AgreementStatus.EXECUTED, TODAY.minusDays(1), Instant.now());

        assertThat(ListingRule.statusOf(lapsed, TODAY)).isEqualTo(ProductStatus.NOT_APPROVED);
    }

    @Test
    void declinedAndTerminatedAreNotApproved() {
        assertThat(ListingRule.statusOf(coverage(AgreementStatus.DECLINED, null, Instant.now()), TODAY))
                .isEqualTo(ProductStatus.NOT_APPROVED);
        assertThat(ListingRule.statusOf(coverage(AgreementStatus.TERMINATED, TODAY.plusYears(1), Instant.now()), TODAY))
                .isEqualTo(ProductStatus.NOT_APPROVED);
    }

    @Test
    void aLineApprovedUntilYesterdayIsNotApprovedToday() {
        DistrictProduct line = new DistrictProduct();
        line.status = ProductStatus.APPROVED;
        line.expiresOn = TODAY.minusDays(1);
        assertThat(ListingRule.statusOf(line, TODAY)).isEqualTo(ProductStatus.NOT_APPROVED);

        line.expiresOn = TODAY;
        assertThat(ListingRule.statusOf(line, TODAY)).isEqualTo(ProductStatus.APPROVED);
        line.expiresOn = null;
        assertThat(ListingRule.statusOf(line, TODAY)).isEqualTo(ProductStatus.APPROVED);
        line.status = ProductStatus.PENDING;
        line.expiresOn = TODAY.minusYears(1);
        assertThat(ListingRule.statusOf(line, TODAY)).isEqualTo(ProductStatus.PENDING);
    }
}
