package org.compactdpa.signatures.evidence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The sealed PDF of an executed agreement or adoption: PENDING from the executing transaction on,
 * SEALED once the worker stored it. The bytes are made once and served as stored, so every
 * download is the same file. The row also names the trail entry the PDF certifies, which is how the
 * chain check notices a trail rewritten after sealing; that is why it lives with the trail.
 */
@Entity
@Table(name = "sealed_document")
public class SealedDocument extends PanacheEntityBase {

    static final String PENDING = "PENDING";
    static final String SEALED = "SEALED";

    @Id
    public UUID agreementId;

    public String status;

    public Instant requestedAt;

    public Instant leaseUntil;

    public int attempts;

    public String lastError;

    public Instant sealedAt;

    @Column(columnDefinition = "bytea")
    public byte[] pdf;

    public String pdfSha256;

    /** The evidence entry (the execution) whose hash the certificate of completion prints. */
    public Integer chainSeq;

    public String chainHead;

    /** The SHA-256 of the seal's CMS: what a copy must carry to be this seal, even once the bytes are gone. */
    public String cmsSha256;

    /** The time and authority of the seal's RFC 3161 timestamp; null when sealed without one. */
    public Instant timestampedAt;

    public String timestampAuthority;

    protected SealedDocument() {
    }

    /** A seal to make, certifying the trail entry that executed the agreement. */
    SealedDocument(EvidenceTrail.Appended executed, Instant at) {
        agreementId = executed.agreementId();
        status = PENDING;
        requestedAt = at;
        chainSeq = executed.seq();
        chainHead = executed.hash();
    }

    boolean isSealed() {
        return SEALED.equals(status);
    }

    void sealed(SealQueue.Issued issued, String sha256, Instant at) {
        pdf = issued.pdf();
        pdfSha256 = sha256;
        cmsSha256 = issued.cmsSha256();
        timestampedAt = issued.timestampedAt();
        timestampAuthority = issued.timestampAuthority();
        sealedAt = at;
        status = SEALED;
        leaseUntil = null;
        lastError = null;
    }
}
