package org.compactdpa.contracts.vocabulary;

/** The life of an agreement (domain.md); DECLINED can happen at any signing step. */
public enum AgreementStatus {
    DRAFT,
    AWAITING_VENDOR,
    AWAITING_DISTRICT,
    EXECUTED,
    EXPIRED,
    TERMINATED,
    DECLINED;

    /** What an agreement in this status means for the products it covers. */
    public ProductStatus productStatus() {
        return switch (this) {
            case EXECUTED -> ProductStatus.APPROVED;
            case DRAFT, AWAITING_VENDOR, AWAITING_DISTRICT -> ProductStatus.PENDING;
            case EXPIRED, TERMINATED, DECLINED -> ProductStatus.NOT_APPROVED;
        };
    }
}
