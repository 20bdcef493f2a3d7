package org.compactdpa.signatures.verify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.evidence.SealQueue;
import org.compactdpa.signatures.seal.SealInspector;
import org.compactdpa.signatures.seal.SealKey;

/**
 * Public verification. A PDF is authentic when it is byte for byte a sealed file this platform
 * issued (its SHA-256 is on record), or, for a file whose bytes are not on record, when its seal is
 * this platform's, intact and laid out byte for byte as sealed, its CMS is the one issued for the
 * agreement it names (when that is recorded), and that agreement was executed with the same
 * document. Anything else answers {@code authentic: false} with the reason. A SHA-256 matches a
 * sealed file or a signed document.
 */
@ApplicationScoped
public class VerificationService {

    private static final List<AgreementStatus> EVER_EXECUTED = List.of(AgreementStatus.EXECUTED,
            AgreementStatus.EXPIRED, AgreementStatus.TERMINATED);

    private final SealQueue sealed;
    private final SealKey key;
    private final InspectionPool readers;
    private final VerifyConfig config;
    private final VerificationAnswers answers;

    public VerificationService(SealQueue sealed, SealKey key, InspectionPool readers, VerifyConfig config,
            VerificationAnswers answers) {
        this.sealed = sealed;
        this.key = key;
        this.readers = readers;
        this.config = config;
        this.answers = answers;
    }

    public Uni<VerificationResult> verifyPdf(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw ProblemException.invalid("body", "send the PDF file as the request body");
        }
        UploadLimit.check(pdf.length, config.maxPdfSize().asLongValue());
        String fileHash = SealQueue.sha256(pdf);
        return Panache.withSession(() -> sealed.sealedAs(fileHash))
                .flatMap(stored -> readers.read(() -> inspect(pdf, stored != null))
                        .flatMap(inspection -> Panache.withSession(() -> stored != null
                                ? answers.ofStoredFile(stored, fileHash, inspection)
                                : ofUnknownFile(inspection))));
    }

    /** A file on record is ours as it is and is parsed as it is; any other goes through the shape check first. */
    private SealInspector.Inspection inspect(byte[] pdf, boolean onRecord) {
        if (!onRecord) {
            Optional<String> notOurs = UploadShape.notSealedHere(pdf, config.maxObjects());
            if (notOurs.isPresent()) {
                return SealInspector.Inspection.unsealed(null, null, notOurs.get());
            }
        }
        try {
            return SealInspector.inspect(pdf, key.certificate());
        } catch (SealInspector.UnreadablePdf e) {
            throw ProblemException.invalid("body", e.getMessage());
        }
    }

    private Uni<VerificationResult> ofUnknownFile(SealInspector.Inspection inspection) {
        if (!inspection.intact() || !inspection.byPlatform()) {
            return refused(inspection.problem() != null ? inspection.problem() : SealInspector.NO_SEAL, inspection.intact());
        }
        UUID claimed = parse(inspection.agreementId());
        if (claimed == null || inspection.documentSha256() == null) {
            return refused("The seal is intact but names no agreement", true);
        }
        return Agreement.<Agreement>findById(claimed).flatMap(a -> {
            if (a == null || !a.wasExecuted() || !a.documentHash.equalsIgnoreCase(inspection.documentSha256())) {
                return refused("The seal is intact but no executed agreement with this document is on record", true);
            }
            return sealed.issuedFor(a.id).flatMap(issued -> {
                String mismatch = IssuedSeals.mismatch(issued, inspection, a.id);
                return mismatch != null ? refused(mismatch, true) : answers.bySeal(a, inspection);
            });
        });
    }

    public Uni<VerificationResult> verifyHash(String sha256) {
        String hash = sha256.toLowerCase(Locale.ROOT);
        return Panache.withSession(() -> sealed.sealedAs(hash).flatMap(stored -> {
            if (stored != null) {
                return answers.ofStoredHash(stored, hash);
            }
            return Agreement.<Agreement>list("documentHash = ?1 and status in ?2", Sort.descending("createdAt").and("id"),
                    hash, EVER_EXECUTED).flatMap(found -> found.isEmpty()
                    ? refused("No executed agreement or sealed PDF of this platform has this SHA-256", null)
                    : answers.byDocument(found.get(0), found.stream().skip(1).map(a -> a.id).toList()));
        }));
    }

    private static Uni<VerificationResult> refused(String reason, Boolean sealIntact) {
        return Uni.createFrom().item(VerificationResult.refused(reason, sealIntact));
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
