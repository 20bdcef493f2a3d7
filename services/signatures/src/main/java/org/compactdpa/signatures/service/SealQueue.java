package org.compactdpa.signatures.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.compactdpa.signatures.domain.Agreement;
import org.compactdpa.signatures.domain.EvidenceEntry;
import org.compactdpa.signatures.domain.EvidenceType;
import org.compactdpa.signatures.domain.SealedDocument;
import org.compactdpa.signatures.domain.Signature;
import org.compactdpa.signatures.repository.AgreementRepository;
import org.compactdpa.signatures.repository.SealedDocumentRepository;
import org.compactdpa.signatures.repository.SignatureRepository;
import org.compactdpa.signatures.seal.SealInput;

/**
 * The queue of agreements to seal, kept in the database: the signing transaction adds a PENDING
 * row, the worker claims rows with a lease (FOR UPDATE SKIP LOCKED, so several instances share the
 * work) and stores the sealed bytes once. Sealing is deterministic, so a retry after a lost lease
 * yields the same file.
 */
@ApplicationScoped
public class SealQueue {

    private static final String CLAIM = "select agreement_id from sealed_document where status = 'PENDING'"
            + " and (lease_until is null or lease_until < now()) order by requested_at limit :limit for update skip locked";

    private final SealedDocumentRepository sealed;
    private final AgreementRepository agreements;
    private final SignatureRepository signatures;
    private final EvidenceTrail trail;

    public SealQueue(SealedDocumentRepository sealed, AgreementRepository agreements, SignatureRepository signatures,
            EvidenceTrail trail) {
        this.sealed = sealed;
        this.agreements = agreements;
        this.signatures = signatures;
        this.trail = trail;
    }

    /** In the executing transaction: seal this agreement after commit, certifying the execution entry. */
    public Uni<Void> request(UUID agreementId, EvidenceEntry executed) {
        SealedDocument row = new SealedDocument();
        row.agreementId = agreementId;
        row.status = SealedDocument.PENDING;
        row.requestedAt = Instant.now();
        row.chainSeq = executed.key.seq();
        row.chainHead = executed.entryHash;
        return sealed.persist(row).replaceWithVoid();
    }

    /** Claims up to {@code limit} pending seals for {@code lease} and reads what each PDF shows. */
    public Uni<List<SealInput>> claim(int limit, Duration lease) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(s -> s.createNativeQuery(CLAIM, UUID.class).setParameter("limit", limit).getResultList())
                .flatMap(ids -> {
                    Uni<List<SealInput>> chain = Uni.createFrom().item(new ArrayList<>());
                    for (UUID id : ids) {
                        chain = chain.flatMap(inputs -> sealed.findById(id).flatMap(row -> {
                            row.leaseUntil = Instant.now().plus(lease);
                            row.attempts++;
                            return input(row).map(input -> {
                                inputs.add(input);
                                return inputs;
                            });
                        }));
                    }
                    return chain;
                }));
    }

    /** What the PDF of this agreement shows, read again from the stored rows (for audits). */
    public Uni<SealInput> inputFor(UUID agreementId) {
        return Panache.withSession(() -> sealed.findById(agreementId)
                .onItem().ifNull().failWith(() -> new IllegalArgumentException("No seal for " + agreementId))
                .flatMap(this::input));
    }

    private Uni<SealInput> input(SealedDocument row) {
        return agreements.findById(row.agreementId).flatMap(a -> signatures
                .list("agreementId", Sort.ascending("signedAt"), a.id)
                .map(ss -> input(a, ss, row)));
    }

    static SealInput input(Agreement a, List<Signature> ss, SealedDocument row) {
        Instant executedAt = ss.stream().map(s -> s.signedAt).max(Instant::compareTo).orElse(a.createdAt);
        return new SealInput(a.id, a.kind.name(), a.originAgreementId, a.vendorName, a.vendorId, a.districtName,
                a.districtId, a.state, a.termsHash, a.document, a.documentHash, a.effectiveOn, a.expiresOn, executedAt,
                ss.stream().map(s -> new SealInput.Signer(s.party, s.signerName, s.signerEmail, s.role, s.signedAt, s.ip,
                        s.userAgent, s.consentVersion, s.documentHash)).toList(),
                row.chainSeq, row.chainHead);
    }

    /** Stores the sealed file once and records it in the evidence trail. */
    public Uni<Void> store(UUID agreementId, byte[] pdf) {
        return Panache.withTransaction(() -> sealed.findById(agreementId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).flatMap(row -> {
                    if (row == null || SealedDocument.SEALED.equals(row.status)) {
                        return Uni.createFrom().voidItem();
                    }
                    row.pdf = pdf;
                    row.pdfSha256 = sha256(pdf);
                    row.sealedAt = Instant.now();
                    row.status = SealedDocument.SEALED;
                    row.leaseUntil = null;
                    row.lastError = null;
                    return agreements.findById(agreementId).flatMap(a -> trail.appendBySystem(agreementId,
                            EvidenceType.SEALED, a.documentHash, "Sealed PDF SHA-256 " + row.pdfSha256)).replaceWithVoid();
                }));
    }

    /** Keeps the reason; the lease runs out and another round retries. */
    public Uni<Void> failed(UUID agreementId, String error) {
        return Panache.withTransaction(() -> sealed.findById(agreementId).invoke(row -> {
            if (row != null) {
                row.lastError = error;
            }
        })).replaceWithVoid();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
