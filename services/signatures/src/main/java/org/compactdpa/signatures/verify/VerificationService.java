package org.compactdpa.signatures.verify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.Signature;
import org.compactdpa.signatures.evidence.SealQueue;
import org.compactdpa.signatures.seal.SealInspector;
import org.compactdpa.signatures.seal.SealKey;

/**
 * Public verification. A PDF is authentic when it is byte for byte a sealed file this platform
 * issued, or when it carries this platform's intact seal over the whole file and names an executed
 * agreement with the same document hash. A SHA-256 matches a sealed file or a signed document.
 */
@ApplicationScoped
public class VerificationService {

    private static final List<AgreementStatus> EVER_EXECUTED = List.of(AgreementStatus.EXECUTED,
            AgreementStatus.EXPIRED, AgreementStatus.TERMINATED);

    private final SealQueue sealed;
    private final SealKey key;

    public VerificationService(SealQueue sealed, SealKey key) {
        this.sealed = sealed;
        this.key = key;
    }

    public Uni<VerificationResult> verifyPdf(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw ProblemException.invalid("body", "send the PDF file as the request body");
        }
        String fileHash = SealQueue.sha256(pdf);
        Context context = Vertx.currentContext();
        // Parsing and checking the signature is CPU work: off the event loop, then back for the database.
        return Uni.createFrom().item(() -> inspect(pdf))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .flatMap(inspection -> Panache.withSession(() -> sealed.sealedAs(fileHash)
                        .flatMap(agreementId -> match(agreementId, fileHash, inspection))));
    }

    private SealInspector.Inspection inspect(byte[] pdf) {
        try {
            return SealInspector.inspect(pdf, key.certificate());
        } catch (SealInspector.UnreadablePdf e) {
            throw ProblemException.invalid("body", e.getMessage());
        }
    }

    private Uni<VerificationResult> match(UUID sealedFor, String fileHash, SealInspector.Inspection inspection) {
        if (sealedFor != null) {
            return Agreement.<Agreement>findById(sealedFor).flatMap(a -> result(a, "PDF_SHA256", fileHash,
                    inspection.intact(), List.of()));
        }
        if (!inspection.intact() || !inspection.byPlatform()) {
            return Uni.createFrom().item(VerificationResult.refused(inspection.sealed() ? inspection.problem()
                    : "The file carries no seal of this platform: it is not an agreement issued here",
                    inspection.intact()));
        }
        UUID claimed = parse(inspection.agreementId());
        if (claimed == null || inspection.documentSha256() == null) {
            return Uni.createFrom().item(VerificationResult.refused("The seal is intact but names no agreement", true));
        }
        return Agreement.<Agreement>findById(claimed).flatMap(a -> a == null || !a.wasExecuted()
                || !a.documentHash.equalsIgnoreCase(inspection.documentSha256())
                ? Uni.createFrom().item(VerificationResult.refused(
                        "The seal is intact but no executed agreement with this document is on record", true))
                : result(a, "SEAL", null, true, List.of()));
    }

    public Uni<VerificationResult> verifyHash(String sha256) {
        String hash = sha256.toLowerCase(Locale.ROOT);
        return Panache.withSession(() -> sealed.sealedAs(hash).flatMap(sealedFor -> {
            if (sealedFor != null) {
                return Agreement.<Agreement>findById(sealedFor).flatMap(a -> result(a, "PDF_SHA256", hash, null,
                        List.of()));
            }
            return Agreement.<Agreement>list("documentHash = ?1 and status in ?2", Sort.descending("createdAt").and("id"),
                    hash, EVER_EXECUTED).flatMap(found -> found.isEmpty()
                    ? Uni.createFrom().item(VerificationResult.refused(
                            "No executed agreement or sealed PDF of this platform has this SHA-256", null))
                    : result(found.get(0), "DOCUMENT_SHA256", null, null,
                            found.stream().skip(1).map(a -> a.id).toList()));
        }));
    }

    private Uni<VerificationResult> result(Agreement a, String matchedBy, String pdfSha256, Boolean sealIntact,
            List<UUID> alsoMatches) {
        return Signature.<Signature>list("agreementId", a.id).map(ss -> {
            Instant executedAt = ss.stream().map(s -> s.signedAt).max(Instant::compareTo).orElse(null);
            boolean authentic = sealIntact == null || sealIntact;
            return new VerificationResult(authentic, matchedBy, a.id, a.kind, a.originAgreementId, a.status,
                    a.vendorName, a.districtName, a.state, executedAt, a.effectiveOn, a.expiresOn, a.documentHash,
                    pdfSha256, sealIntact, alsoMatches.isEmpty() ? null : alsoMatches,
                    authentic ? null : "The file matches a sealed PDF on record but its seal does not validate");
        });
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
