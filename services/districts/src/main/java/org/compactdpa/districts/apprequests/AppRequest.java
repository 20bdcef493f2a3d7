package org.compactdpa.districts.apprequests;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * District staff asking to use a product; answered by an available offer or by the coordinators.
 * The status is not a public field: it changes only through {@link #moveTo}, which asks
 * {@link AppRequestStatus} whether the move is allowed.
 */
@Entity
@Table(name = "app_request")
public class AppRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID districtId;

    public UUID productId;

    public String productName;

    public String purpose;

    @Enumerated(EnumType.STRING)
    private AppRequestStatus status;

    public UUID offerAgreementId;

    public String requestedBy;

    public Instant requestedAt;

    public String resolvedBy;

    public Instant resolvedAt;

    public String resolutionNote;

    /** A new request, answered by the open offer {@code offer} if there is one (null if not). */
    public static AppRequest open(UUID districtId, UUID productId, String productName, String purpose, UUID offer,
            String requestedBy, Instant at) {
        AppRequest request = new AppRequest();
        request.id = UUID.randomUUID();
        request.districtId = districtId;
        request.productId = productId;
        request.productName = productName;
        request.purpose = purpose;
        request.status = AppRequestStatus.opening(offer != null);
        request.offerAgreementId = offer;
        request.requestedBy = requestedBy;
        request.requestedAt = at;
        return request;
    }

    public AppRequestStatus status() {
        return status;
    }

    /** Moves the request on, or fails with a 409 problem if its status does not allow the move. */
    public void moveTo(AppRequestStatus next, String note, String actor, Instant at) {
        status = status.moveTo(next);
        if (next == AppRequestStatus.QUEUED) {
            // Back with the coordinators: no offer answers the request any more.
            offerAgreementId = null;
        }
        if (next.isOutcome()) {
            resolutionNote = note;
        }
        if (!next.isOpen()) {
            resolvedAt = at;
            resolvedBy = actor;
        }
    }

    /** Another open offer answers the request in place of one that closed; where it waits does not change. */
    public void answerWith(UUID offer) {
        if (status != AppRequestStatus.OFFER_AVAILABLE) {
            throw new IllegalStateException("Request " + id + " is " + status + ", not waiting on an offer");
        }
        offerAgreementId = offer;
    }
}
