package org.compactdpa.signatures.signing;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementDeclined;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementSigned;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementAccess;
import org.compactdpa.signatures.agreements.AgreementLifecycle;
import org.compactdpa.signatures.agreements.AgreementLifecycle.SigningParty;
import org.compactdpa.signatures.agreements.AgreementProduct;
import org.compactdpa.signatures.agreements.AgreementView;
import org.compactdpa.signatures.agreements.AgreementViews;
import org.compactdpa.signatures.agreements.Signature;
import org.compactdpa.signatures.directory.KnownTerms;
import org.compactdpa.signatures.evidence.EvidenceType;
import org.compactdpa.signatures.evidence.Origin;

/**
 * The signing ceremony. The server enforces the order (vendor, then originating district); a signer
 * signs only for their own organisation, once, with explicit intent and consent, on the exact
 * document (its SHA-256 must match). The second signature executes the agreement. The party whose
 * turn it is may decline instead.
 */
@ApplicationScoped
public class SigningService {

    private final AgreementAccess access;
    private final Signatures signatures;
    private final AgreementSteps steps;
    private final AgreementViews views;
    private final Clock clock;

    public SigningService(AgreementAccess access, Signatures signatures, AgreementSteps steps, AgreementViews views,
            Clock clock) {
        this.access = access;
        this.signatures = signatures;
        this.steps = steps;
        this.views = views;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<AgreementView> sign(UUID agreementId, SignatureRequest request, Origin origin) {
        Signatures.requireIntentAndConsent(request);
        return Agreement.lockedForChange(agreementId).flatMap(a -> {
            SigningParty party = onTurn(a, false);
            if (!a.documentHash.equalsIgnoreCase(request.documentSha256())) {
                throw ProblemException.conflict("The document you reviewed (" + request.documentSha256()
                        + ") is not the current document (" + a.documentHash + "); review it again");
            }
            Signature s = signatures.by(a.id, party, party == SigningParty.VENDOR ? a.vendorId : a.districtId,
                    a.documentHash, origin);
            Step step = Step.on(a).adding(s::persist)
                    .announcing(new AgreementSigned(a.id, party.name(), s.organisationId, s.signerName, s.documentHash,
                            s.signedAt))
                    .recording(EvidenceType.SIGNED, origin, signatures.affirmed(party));
            AgreementStatus next = AgreementLifecycle.afterSignature(party);
            if (next != AgreementStatus.EXECUTED) {
                return steps.commit(step.movingTo(next));
            }
            return execution(a, s).map(executed -> step.announcing(executed).executing()).flatMap(steps::commit);
        }).flatMap(views::of);
    }

    @WithTransaction
    public Uni<AgreementView> decline(UUID agreementId, String reason, Origin origin) {
        return Agreement.lockedForChange(agreementId).flatMap(a -> {
            SigningParty party = onTurn(a, true);
            a.endReason = reason;
            return steps.commit(Step.on(a).movingTo(AgreementStatus.DECLINED)
                    .announcing(new AgreementDeclined(a.id, a.districtId, a.vendorId, party.name(), reason,
                            clock.instant()))
                    .recording(EvidenceType.DECLINED, origin, party.name() + " declined: " + reason));
        }).flatMap(views::of);
    }

    /** The caller's party, if it is that party's turn and the caller is its signer; else why not. */
    private SigningParty onTurn(Agreement a, boolean declining) {
        SigningParty party = access.sideOf(a);
        SigningParty expected = AgreementLifecycle.awaiting(a.status).orElseThrow(() -> ProblemException.conflict(
                "Agreement " + a.id + " is " + a.status
                        + (declining ? " and can no longer be declined" : ": there is nothing left to sign")));
        if (party != expected) {
            String turn = "It is the " + expected.name().toLowerCase() + "'s turn";
            throw ProblemException.conflict(declining ? turn + "; only they may decline now"
                    : turn + " to sign; the agreement is " + a.status);
        }
        access.requireSigner(a, party);
        return party;
    }

    /** The term starts today and runs the terms' years; the executed event names the products it covers. */
    private Uni<AgreementExecuted> execution(Agreement a, Signature last) {
        return KnownTerms.<KnownTerms>findById(a.termsId).flatMap(t -> {
            a.effectiveOn = LocalDate.now(clock);
            a.expiresOn = a.effectiveOn.plusYears(t.termYears);
            return AgreementProduct.<AgreementProduct>list("key.agreementId", a.id).map(ps -> new AgreementExecuted(a.id,
                    a.vendorId, a.vendorName, a.districtId, a.consortiumId, a.state,
                    ps.stream().map(p -> new org.compactdpa.contracts.events.AgreementProduct(p.key.productId(), p.name))
                            .toList(),
                    a.generalOffer, a.effectiveOn, a.expiresOn, last.signedAt));
        });
    }
}
