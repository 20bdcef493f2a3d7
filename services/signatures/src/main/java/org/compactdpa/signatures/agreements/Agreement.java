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
    public AgreementKind kind;

    public UUID termsId;

    public String termsHash;

    public String classification;

    public UUID vendorId;

    public String vendorName;

    public UUID districtId;

    public String districtName;

    public UUID consortiumId;

    @Column(length = 2)
    public String state;

    public boolean generalOffer;

    public UUID originAgreementId;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    public String document;

    public String documentHash;

    public LocalDate effectiveOn;

    public LocalDate expiresOn;

    public Instant offerWithdrawnAt;

    public String endReason;

    public String searchText;

    public Instant createdAt;

    public String createdBy;

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
