package org.compactdpa.districts.apprequests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An app request and its answer: with OFFER_AVAILABLE, {@code offerAgreementId} names the general
 * offer the district can adopt at once (POST /api/offers/{agreementId}/adoptions on signatures).
 */
public record AppRequestView(UUID id, UUID districtId, UUID productId, String productName, String purpose,
        AppRequestStatus status, UUID offerAgreementId, String answer, Instant requestedAt, Instant resolvedAt,
        String resolutionNote, List<Step> history) {

    public record Step(AppRequestStatus status, String note, String actor, Instant at) {
    }

    static AppRequestView of(AppRequest r, List<AppRequestHistory> history) {
        return new AppRequestView(r.id, r.districtId, r.productId, r.productName, r.purpose, r.status(),
                r.offerAgreementId, answer(r), r.requestedAt, r.resolvedAt, r.resolutionNote,
                history.stream().map(h -> new Step(h.status, h.note, h.actor, h.at)).toList());
    }

    private static String answer(AppRequest r) {
        return switch (r.status()) {
            case OFFER_AVAILABLE -> "An active general offer covers this product in your state: a district signer can"
                    + " adopt it with one signature (offer " + r.offerAgreementId + ").";
            case QUEUED -> "No general offer covers this product yet; your consortium's coordinators have the request.";
            case NEGOTIATION_STARTED -> "The coordinators are negotiating an agreement with the vendor.";
            case ALREADY_COVERED -> "The coordinators found the product already covered.";
            case DECLINED -> "The coordinators declined the request.";
            case APPROVED -> "An executed agreement now covers this product: it is approved for use.";
        };
    }
}
