package org.compactdpa.signatures.seal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.Signature;
import org.compactdpa.signatures.evidence.SealQueue;

/** Reads what the PDF of a claimed seal shows, from the agreement's stored rows alone. */
@ApplicationScoped
public class SealInputs {

    public Uni<SealInput> of(SealQueue.Claim claim) {
        return Panache.withSession(() -> Agreement.<Agreement>findById(claim.agreementId()).flatMap(a -> Signature
                .<Signature>list("agreementId", Sort.ascending("signedAt"), a.id)
                .map(ss -> of(a, ss, claim))));
    }

    static SealInput of(Agreement a, List<Signature> ss, SealQueue.Claim claim) {
        Instant executedAt = ss.stream().map(s -> s.signedAt).max(Instant::compareTo).orElse(a.createdAt);
        return new SealInput(a.id, a.kind.name(), a.originAgreementId, a.vendorName, a.vendorId, a.districtName,
                a.districtId, a.state, a.termsHash, a.document, a.documentHash, a.effectiveOn, a.expiresOn, executedAt,
                ss.stream().map(s -> new SealInput.Signer(s.party, s.signerName, s.signerEmail, s.role, s.signedAt, s.ip,
                        s.userAgent, s.consentVersion, s.documentHash)).toList(),
                claim.chainSeq(), claim.chainHead());
    }
}
