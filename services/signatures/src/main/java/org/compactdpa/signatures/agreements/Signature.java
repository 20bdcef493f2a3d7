package org.compactdpa.signatures.agreements;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One party's signature: who (from the verified token), with what intent and consent, on which document. */
@Entity
public class Signature extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(nullable = false)
    public String party;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String subject;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_email")
    public String signerEmail;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public boolean intent;

    @Column(name = "consent_version", nullable = false)
    public String consentVersion;

    @Column(name = "document_hash", nullable = false)
    public String documentHash;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    public String ip;

    @Column(name = "user_agent")
    public String userAgent;
}
