package org.compactdpa.signatures.agreements;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One party's signature: who (from the verified token), with what intent and consent, on which document. */
@Entity
public class Signature extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID agreementId;

    public String party;

    public UUID organisationId;

    public String subject;

    public String signerName;

    public String signerEmail;

    public String role;

    public boolean intent;

    public String consentVersion;

    public String documentHash;

    public Instant signedAt;

    public String ip;

    public String userAgent;
}
