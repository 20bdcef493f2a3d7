package org.compactdpa.signatures.evidence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.signatures.agreements.Agreement;

/**
 * The queue of agreements to seal, kept in the database: the executing transaction adds a PENDING
 * row, the worker claims rows with a lease (FOR UPDATE SKIP LOCKED, so several instances share the
 * work) and stores the sealed bytes once. Sealing is deterministic, so a retry after a lost lease
 * yields the same file.
 */
@ApplicationScoped
public class SealQueue {

    private static final String CLAIM = "select agreement_id from sealed_document where status = 'PENDING'"
            + " and (lease_until is null or lease_until < :now) order by requested_at limit :limit"
            + " for update skip locked";

    /** A pending seal the caller holds the lease on: which agreement, and the trail entry to certify. */
    public record Claim(UUID agreementId, Integer chainSeq, String chainHead) {
    }

    /** A sealed copy as it is served: the stored bytes, once there are any. */
    public record Copy(boolean sealed, byte[] pdf, String pdfSha256) {
    }

    /** What sealing made: the file, the SHA-256 of its seal's CMS, and its timestamp (time and authority) if any. */
    public record Issued(byte[] pdf, String cmsSha256, Instant timestampedAt, String timestampAuthority) {
    }

    /** A stored sealed file found by its SHA-256: whose it is and when it was timestamped (null: it was not). */
    public record StoredSeal(UUID agreementId, Instant timestampedAt, String timestampAuthority) {
    }

    /** What was issued for an agreement, to compare a file with: the file's SHA-256 if kept, the CMS's if recorded. */
    public record IssuedSeal(String pdfSha256, String cmsSha256) {
    }

    private final EvidenceTrail trail;
    private final Clock clock;

    public SealQueue(EvidenceTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** In the executing transaction: seal this agreement after commit, certifying the execution entry. */
    public Uni<Void> request(EvidenceTrail.Appended executed) {
        return new SealedDocument(executed, clock.instant()).persist().replaceWithVoid();
    }

    /** Claims up to {@code limit} pending seals for {@code lease}. */
    public Uni<List<Claim>> claim(int limit, Duration lease) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(s -> s.createNativeQuery(CLAIM, UUID.class).setParameter("now", now)
                        .setParameter("limit", limit).getResultList())
                .flatMap(ids -> Pages.inSequence(ids, id -> SealedDocument.<SealedDocument>findById(id).map(row -> {
                    row.leaseUntil = now.plus(lease);
                    row.attempts++;
                    return new Claim(row.agreementId, row.chainSeq, row.chainHead);
                }))));
    }

    /** The seal of an agreement, whatever its state (for audits that render it again). */
    public Uni<Claim> claimOf(UUID agreementId) {
        return Panache.withSession(() -> SealedDocument.<SealedDocument>findById(agreementId)
                .onItem().ifNull().failWith(() -> new IllegalArgumentException("No seal for " + agreementId))
                .map(row -> new Claim(row.agreementId, row.chainSeq, row.chainHead)));
    }

    /** Stores the sealed file once and records it in the evidence trail. */
    public Uni<Void> store(UUID agreementId, Issued issued) {
        return Panache.withTransaction(() -> SealedDocument.<SealedDocument>findById(agreementId,
                LockModeType.PESSIMISTIC_WRITE).flatMap(row -> {
                    if (row == null || row.isSealed()) {
                        return Uni.createFrom().voidItem();
                    }
                    row.sealed(issued, sha256(issued.pdf()), clock.instant());
                    String timestamp = issued.timestampedAt() == null ? "; no trusted timestamp"
                            : "; timestamped " + issued.timestampedAt() + " by " + issued.timestampAuthority();
                    return Agreement.<Agreement>findById(agreementId).flatMap(a -> trail.append(agreementId,
                            EvidenceType.SEALED, Actor.PLATFORM, Origin.NONE, a.documentHash,
                            "Sealed PDF SHA-256 " + row.pdfSha256 + timestamp)).replaceWithVoid();
                }));
    }

    /** Keeps the reason; the lease runs out and another round retries. */
    public Uni<Void> failed(UUID agreementId, String error) {
        return Panache.withTransaction(() -> SealedDocument.<SealedDocument>findById(agreementId).invoke(row -> {
            if (row != null) {
                row.lastError = error;
            }
        })).replaceWithVoid();
    }

    /** The sealed copy of an agreement (possibly still pending), or null if none was ever requested. */
    public Uni<Copy> copyOf(UUID agreementId) {
        return SealedDocument.<SealedDocument>findById(agreementId)
                .map(row -> row == null ? null : new Copy(row.isSealed(), row.pdf, row.pdfSha256));
    }

    /** The stored sealed PDF with this SHA-256, or null. */
    public Uni<StoredSeal> sealedAs(String pdfSha256) {
        return SealedDocument.<SealedDocument>find("pdfSha256", pdfSha256).<SealedDocument>firstResult()
                .map(row -> row == null ? null : new StoredSeal(row.agreementId, row.timestampedAt, row.timestampAuthority));
    }

    /** What was sealed for this agreement, or null when nothing was (yet). */
    public Uni<IssuedSeal> issuedFor(UUID agreementId) {
        return SealedDocument.<SealedDocument>findById(agreementId).map(row -> row == null || !row.isSealed() ? null
                : new IssuedSeal(row.pdfSha256, row.cmsSha256));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
