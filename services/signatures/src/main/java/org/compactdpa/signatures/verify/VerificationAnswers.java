package org.compactdpa.signatures.verify;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.Signature;
import org.compactdpa.signatures.evidence.SealQueue;
import org.compactdpa.signatures.seal.SealInspector;

/** The positive answers of verification, with the agreement's public facts; in the caller's session. */
@ApplicationScoped
public class VerificationAnswers {

    static final String PDF_SHA256 = "PDF_SHA256";
    static final String SEAL = "SEAL";
    static final String DOCUMENT_SHA256 = "DOCUMENT_SHA256";

    /** The upload is a file on record: authentic as long as its seal still holds (it may not, after a key change). */
    Uni<VerificationResult> ofStoredFile(SealQueue.StoredSeal stored, String fileHash, SealInspector.Inspection inspection) {
        boolean intact = inspection.intact();
        return Agreement.<Agreement>findById(stored.agreementId()).flatMap(a -> result(a, PDF_SHA256, fileHash, intact,
                TimestampView.of(inspection.timestamp()), List.of(),
                intact ? null : "The file matches a sealed PDF on record but its seal does not validate"));
    }

    Uni<VerificationResult> ofStoredHash(SealQueue.StoredSeal stored, String hash) {
        return Agreement.<Agreement>findById(stored.agreementId()).flatMap(a -> result(a, PDF_SHA256, hash, null,
                TimestampView.of(stored), List.of(), null));
    }

    Uni<VerificationResult> bySeal(Agreement a, SealInspector.Inspection inspection) {
        return result(a, SEAL, null, true, TimestampView.of(inspection.timestamp()), List.of(), null);
    }

    Uni<VerificationResult> byDocument(Agreement a, List<UUID> alsoMatches) {
        return result(a, DOCUMENT_SHA256, null, null, null, alsoMatches, null);
    }

    private static Uni<VerificationResult> result(Agreement a, String matchedBy, String pdfSha256, Boolean sealIntact,
            TimestampView timestamp, List<UUID> alsoMatches, String problem) {
        return Signature.<Signature>list("agreementId", a.id).map(ss -> {
            Instant executedAt = ss.stream().map(s -> s.signedAt).max(Instant::compareTo).orElse(null);
            return new VerificationResult(problem == null, matchedBy, a.id, a.kind, a.originAgreementId, a.status,
                    a.vendorName, a.districtName, a.state, executedAt, a.effectiveOn, a.expiresOn, a.documentHash,
                    pdfSha256, sealIntact, timestamp, alsoMatches.isEmpty() ? null : alsoMatches, problem);
        });
    }
}
