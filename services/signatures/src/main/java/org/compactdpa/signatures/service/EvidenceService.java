package org.compactdpa.signatures.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.domain.Agreement;
import org.compactdpa.signatures.domain.EvidenceChain;
import org.compactdpa.signatures.domain.EvidenceEntry;
import org.compactdpa.signatures.domain.SealedDocument;
import org.compactdpa.signatures.repository.AgreementRepository;
import org.compactdpa.signatures.repository.EvidenceEntryRepository;
import org.compactdpa.signatures.repository.SealedDocumentRepository;

/** Reads an agreement's evidence (trail, chain check, sealed PDF) for its parties. */
@ApplicationScoped
public class EvidenceService {

    private final AgreementRepository agreements;
    private final EvidenceEntryRepository entries;
    private final SealedDocumentRepository sealed;
    private final AgreementAccess access;

    public EvidenceService(AgreementRepository agreements, EvidenceEntryRepository entries,
            SealedDocumentRepository sealed, AgreementAccess access) {
        this.agreements = agreements;
        this.entries = entries;
        this.sealed = sealed;
        this.access = access;
    }

    @WithSession
    public Uni<List<EvidenceEntry>> trail(UUID agreementId) {
        return visible(agreementId).flatMap(a -> entries.trailOf(a.id));
    }

    /**
     * Recomputes the chain from the stored rows. Also checks that the entry the sealed PDF certifies
     * is still in the trail with the same hash, so a rewritten chain cannot pass for the original.
     */
    @WithSession
    public Uni<EvidenceChain.Check> check(UUID agreementId) {
        return visible(agreementId).flatMap(a -> entries.trailOf(a.id).flatMap(trail -> sealed.findById(a.id)
                .map(seal -> {
                    List<EvidenceChain.Link> links = trail.stream().map(EvidenceEntry::link).toList();
                    List<String> hashes = trail.stream().map(e -> e.entryHash).toList();
                    EvidenceChain.Check check = EvidenceChain.verify(links, hashes);
                    if (check.intact() && seal != null && seal.chainSeq != null
                            && !EvidenceChain.contains(links, hashes, seal.chainSeq, seal.chainHead)) {
                        return new EvidenceChain.Check(false, check.entries(), null, seal.chainSeq, "entry "
                                + seal.chainSeq + " is not the one the sealed PDF certifies (" + seal.chainHead + ")");
                    }
                    return check;
                })));
    }

    /** The sealed PDF row (possibly still pending); 409 when the agreement was never executed. */
    @WithSession
    public Uni<SealedDocument> sealedPdf(UUID agreementId) {
        return visible(agreementId).flatMap(a -> sealed.findById(a.id).map(row -> {
            if (row == null) {
                if (a.status == AgreementStatus.EXECUTED || a.status == AgreementStatus.EXPIRED
                        || a.status == AgreementStatus.TERMINATED) {
                    throw ProblemException.conflict("Agreement " + a.id + " has no sealed PDF on record");
                }
                throw ProblemException.conflict("Agreement " + a.id + " is " + a.status
                        + ": a sealed PDF is made once it is executed");
            }
            return row;
        }));
    }

    private Uni<Agreement> visible(UUID agreementId) {
        return agreements.findById(agreementId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Agreement", agreementId))
                .invoke(access::requireParty);
    }
}
