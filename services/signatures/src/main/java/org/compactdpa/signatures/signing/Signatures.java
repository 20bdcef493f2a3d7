package org.compactdpa.signatures.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.signatures.agreements.AgreementLifecycle.SigningParty;
import org.compactdpa.signatures.agreements.Signature;
import org.compactdpa.signatures.evidence.Origin;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What makes a signature: explicit intent and consent to electronic records, then a record of who
 * signed (from the verified token), with which consent text, on which document, when and from where.
 */
@ApplicationScoped
public class Signatures {

    private final Caller caller;
    private final Clock clock;
    private final String consentVersion;

    public Signatures(Caller caller, Clock clock,
            @ConfigProperty(name = "compact.signing.consent-version") String consentVersion) {
        this.caller = caller;
        this.clock = clock;
        this.consentVersion = consentVersion;
    }

    public static void requireIntentAndConsent(SignatureRequest request) {
        if (!request.intent()) {
            throw ProblemException.unprocessable("intent", "Signing needs your explicit intent to sign (intent: true)");
        }
        if (!request.consentToElectronicRecords()) {
            throw ProblemException.unprocessable("consentToElectronicRecords",
                    "Signing electronically needs your consent to electronic records");
        }
    }

    /** The caller's signature for the party, on the document with this hash. */
    public Signature by(UUID agreementId, SigningParty party, UUID organisationId, String documentHash, Origin origin) {
        Signature s = new Signature();
        s.id = UUID.randomUUID();
        s.agreementId = agreementId;
        s.party = party.name();
        s.organisationId = organisationId;
        s.subject = caller.subject();
        s.signerName = caller.displayName();
        s.signerEmail = caller.email();
        s.role = party == SigningParty.VENDOR ? "vendor-signer" : "district-signer";
        s.intent = true;
        s.consentVersion = consentVersion;
        s.documentHash = documentHash;
        s.signedAt = clock.instant();
        s.ip = origin.ip();
        s.userAgent = origin.userAgent();
        return s;
    }

    /** What a signature affirmed, in the words of the evidence trail. */
    public String affirmed(SigningParty party) {
        return party.name() + " signed with explicit intent and consent to electronic records (consent "
                + consentVersion + ")";
    }
}
