package org.compactdpa.districts.publiclist;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.ProductStatus;

/**
 * Which of a district's agreements decides a product's line on its public list: one in force
 * (APPROVED) wins, the one running longest first; then one under way (PENDING); then the latest
 * that ended (NOT_APPROVED). An executed agreement past its expiry counts as ended even before
 * its expiry event arrives.
 */
public final class ListingRule {

    private ListingRule() {
    }

    public static ProductStatus statusOf(AgreementCoverage coverage, LocalDate today) {
        if (coverage.status == AgreementStatus.EXECUTED && coverage.expiresOn != null
                && coverage.expiresOn.isBefore(today)) {
            return ProductStatus.NOT_APPROVED;
        }
        return coverage.status.productStatus();
    }

    /**
     * A line's status as of today. The stored status was decided when the last event arrived; an
     * approval whose agreement has since passed its expiry is shown NOT_APPROVED without waiting for
     * the expiry event. {@code PublicListQueries.Filter} applies the same rule in its query.
     */
    public static ProductStatus statusOf(DistrictProduct line, LocalDate today) {
        if (line.status == ProductStatus.APPROVED && line.expiresOn != null && line.expiresOn.isBefore(today)) {
            return ProductStatus.NOT_APPROVED;
        }
        return line.status;
    }

    public static Optional<AgreementCoverage> deciding(List<AgreementCoverage> coverages, LocalDate today) {
        Comparator<AgreementCoverage> byRank = Comparator.comparingInt(c -> statusOf(c, today).ordinal());
        Comparator<AgreementCoverage> longestInForce = Comparator.comparing(
                (AgreementCoverage c) -> c.expiresOn == null ? LocalDate.MIN : c.expiresOn).reversed();
        Comparator<AgreementCoverage> latest = Comparator.comparing((AgreementCoverage c) -> c.updatedAt).reversed();
        return coverages.stream().min(byRank.thenComparing(longestInForce).thenComparing(latest));
    }
}
