package org.compactdpa.signatures.agreements;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.platform.problem.ProblemException;

/**
 * An agreement between a vendor and a district on frozen terms, or an adoption of a general offer.
 * {@code document} is exactly the text that is signed; {@code documentHash} its SHA-256.
 * {@code status} is changed by {@link AgreementLifecycle#move} only, which refuses a move the
 * agreement may not make (ArchitectureTest holds every other class to that).
 */
@Entity
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementKind kind;

    @Column(name = "terms_id", nullable = false)
    public UUID termsId;

    @Column(name = "terms_hash", nullable = false)
    public String termsHash;

    @Column(nullable = false)
    public String classification;

    @Column(name = "vendor_id", nullable = false)
    public UUID vendorId;

    @Column(name = "vendor_name", nullable = false)
    public String vendorName;

    @Column(name = "district_id", nullable = false)
    public UUID districtId;

    @Column(name = "district_name", nullable = false)
    public String districtName;

    @Column(name = "consortium_id", nullable = false)
    public UUID consortiumId;

    @Column(nullable = false, length = 2)
    public String state;

    @Column(name = "general_offer", nullable = false)
    public boolean generalOffer;

    @Column(name = "origin_agreement_id")
    public UUID originAgreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Column(nullable = false)
    public String document;

    @Column(name = "document_hash", nullable = false)
    public String documentHash;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "offer_withdrawn_at")
    public Instant offerWithdrawnAt;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The agreement, its row locked until this transaction ends, so two steps on it cannot race. */
    public static Uni<Agreement> lockedForChange(UUID id) {
        return Agreement.<Agreement>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Agreement", id));
    }

    /** Executed at some point: executed now, or ended by expiry or termination after it. */
    public boolean wasExecuted() {
        return status == AgreementStatus.EXECUTED || status == AgreementStatus.EXPIRED
                || status == AgreementStatus.TERMINATED;
    }
}
