package org.compactdpa.signatures.evidence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.signatures.agreements.AgreementAccess;

/** Reads an agreement's evidence trail, and checks its chain, for the agreement's parties. */
@ApplicationScoped
public class EvidenceService {

    private final AgreementAccess access;

    public EvidenceService(AgreementAccess access) {
        this.access = access;
    }

    @WithSession
    public Uni<EvidenceView> trail(UUID agreementId) {
        return access.visible(agreementId).flatMap(a -> EvidenceEntry.trailOf(a.id))
                .map(entries -> EvidenceView.of(agreementId, entries));
    }

    /**
     * Recomputes the chain from the stored rows. Also checks that the entry the sealed PDF certifies
     * is still in the trail with the same hash, so a rewritten chain cannot pass for the original.
     */
    @WithSession
    public Uni<EvidenceCheckView> check(UUID agreementId) {
        return access.visible(agreementId).flatMap(a -> EvidenceEntry.trailOf(a.id)
                .flatMap(trail -> SealedDocument.<SealedDocument>findById(a.id).map(seal -> check(trail, seal))))
                .map(check -> EvidenceCheckView.of(agreementId, check));
    }

    static EvidenceChain.Check check(List<EvidenceEntry> trail, SealedDocument seal) {
        List<EvidenceChain.Link> links = trail.stream().map(EvidenceEntry::link).toList();
        List<String> hashes = trail.stream().map(e -> e.entryHash).toList();
        EvidenceChain.Check check = EvidenceChain.verify(links, hashes);
        if (check.intact() && seal != null && seal.chainSeq != null
                && !EvidenceChain.contains(links, hashes, seal.chainSeq, seal.chainHead)) {
            return new EvidenceChain.Check(false, check.entries(), null, seal.chainSeq, "entry " + seal.chainSeq
                    + " is not the one the sealed PDF certifies (" + seal.chainHead + ")");
        }
        return check;
    }
}
