package org.compactdpa.accounts.applications;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone's application to register a vendor. The confirmation link's token is not kept, only its
 * SHA-256; the vendor's id is made here at submission and announced at confirmation.
 */
@Entity
public class VendorApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID vendorId;

    public String company;

    public String legalName;

    public String website;

    public String contactFirstName;

    public String contactLastName;

    public String email;

    public boolean signerAuthorityDeclared;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    public String tokenHash;

    public Instant tokenExpiresAt;

    public Instant submittedAt;

    public Instant confirmedAt;

    /** The applicant's account in Keycloak, from confirmation on. */
    public String personId;

    public Instant decidedAt;

    public String decidedBy;

    public String decidedByName;

    public Boolean checkedCompanyIdentity;

    public Boolean checkedSignerAuthority;

    public Boolean checkedBreachContact;

    /** The verifier's note, or the reason for a refusal. */
    public String decisionNote;

    public String contactName() {
        return contactFirstName + " " + contactLastName;
    }

    /** The application whose link carries this token, locked until the transaction ends. */
    static Uni<VendorApplication> lockedByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    static Uni<VendorApplication> locked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Applications with the status, or all, oldest first: the queue a coordinator works through. */
    static PanacheQuery<VendorApplication> withStatus(ApplicationStatus status) {
        Sort order = Sort.by("submittedAt").and("id");
        return status == null ? findAll(order) : find("status", order, status);
    }
}
