package org.compactdpa.signatures.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementDeclined;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementSigned;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.signatures.domain.Agreement;
import org.compactdpa.signatures.domain.AgreementLifecycle;
import org.compactdpa.signatures.domain.AgreementLifecycle.SigningParty;
import org.compactdpa.signatures.domain.EvidenceType;
import org.compactdpa.signatures.domain.Signature;
import org.compactdpa.signatures.repository.AgreementProductRepository;
import org.compactdpa.signatures.repository.AgreementRepository;
import org.compactdpa.signatures.repository.KnownTermsRepository;
import org.compactdpa.signatures.repository.SignatureRepository;
import org.compactdpa.signatures.rest.api.SignatureRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signing ceremony. The server enforces the order (vendor, then originating district); a signer
 * signs only for their own organisation, once, with explicit intent and consent, on the exact
 * document (its SHA-256 must match). The second signature executes the agreement.
 */
@ApplicationScoped
public class SigningService {

    /** Where the request came from, recorded with the signature. */
    public record Origin(String ip, String userAgent) {
    }

    private final AgreementRepository agreements;
    private final AgreementProductRepository products;
    private final SignatureRepository signatures;
    private final KnownTermsRepository terms;
    private final AgreementAccess access;
    private final Outbox outbox;
    private final Caller caller;
    private final EvidenceTrail trail;
    private final SealQueue seals;
    private final String consentVersion;

    public SigningService(AgreementRepository agreements, AgreementProductRepository products,
            SignatureRepository signatures, KnownTermsRepository terms, AgreementAccess access, Outbox outbox,
            Caller caller, EvidenceTrail trail, SealQueue seals,
            @ConfigProperty(name = "compact.signing.consent-version") String consentVersion) {
        this.agreements = agreements;
        this.products = products;
        this.signatures = signatures;
        this.terms = terms;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
        this.trail = trail;
        this.seals = seals;
        this.consentVersion = consentVersion;
    }

    @WithTransaction
    public Uni<Agreement> sign(UUID agreementId, SignatureRequest request, Origin origin) {
        requireIntentAndConsent(request);
        return locked(agreementId).flatMap(a -> {
            SigningParty party = partyFor(a);
            SigningParty expected = AgreementLifecycle.awaiting(a.status).orElseThrow(() -> ProblemException.conflict(
                    "Agreement " + a.id + " is " + a.status + ": there is nothing left to sign"));
            if (party != expected) {
                throw ProblemException.conflict("It is the " + expected.name().toLowerCase() + "'s turn to sign; the agreement is "
                        + a.status);
            }
            access.requireSigner(a, party);
            if (!a.documentHash.equalsIgnoreCase(request.documentSha256())) {
                throw ProblemException.conflict("The document you reviewed (" + request.documentSha256()
                        + ") is not the current document (" + a.documentHash + "); review it again");
            }
            Signature s = signature(a.id, party.name(), party == SigningParty.VENDOR ? a.vendorId : a.districtId,
                    a.documentHash, origin);
            a.status = AgreementLifecycle.afterSignature(party);
            a.updatedAt = s.signedAt;
            Uni<Void> executed = Uni.createFrom().voidItem();
            if (a.status == AgreementStatus.EXECUTED) {
                executed = terms.findById(a.termsId).flatMap(t -> {
                    a.effectiveOn = LocalDate.now();
                    a.expiresOn = a.effectiveOn.plusYears(t.termYears);
                    return products.list("key.agreementId", a.id).flatMap(ps -> outbox.publish(a.id,
                            new AgreementExecuted(a.id, a.vendorId, a.vendorName, a.districtId, a.consortiumId, a.state,
                                    ps.stream().map(p -> new org.compactdpa.contracts.events.AgreementProduct(
                                            p.key.productId(), p.name)).toList(),
                                    a.generalOffer, a.effectiveOn, a.expiresOn, s.signedAt)));
                }).replaceWithVoid();
            }
            Uni<Void> done = executed;
            return signatures.persist(s)
                    .call(saved -> outbox.publish(a.id, new AgreementSigned(a.id, party.name(), s.organisationId,
                            s.signerName, s.documentHash, s.signedAt)))
                    .call(saved -> trail.append(a.id, EvidenceType.SIGNED, trail.caller(), origin, s.documentHash,
                            signedDetails(party.name())))
                    .call(saved -> done)
                    .call(saved -> a.status != AgreementStatus.EXECUTED ? Uni.createFrom().voidItem()
                            : trail.appendBySystem(a.id, EvidenceType.EXECUTED, a.documentHash, executedDetails(a))
                                    .flatMap(entry -> seals.request(a.id, entry)))
                    .replaceWith(a);
        });
    }

    @WithTransaction
    public Uni<Agreement> decline(UUID agreementId, String reason, Origin origin) {
        return locked(agreementId).flatMap(a -> {
            SigningParty party = partyFor(a);
            SigningParty expected = AgreementLifecycle.awaiting(a.status).orElseThrow(() -> ProblemException.conflict(
                    "Agreement " + a.id + " is " + a.status + " and can no longer be declined"));
            if (party != expected) {
                throw ProblemException.conflict("It is the " + expected.name().toLowerCase() + "'s turn; only they may decline now");
            }
            access.requireSigner(a, party);
            a.status = AgreementStatus.DECLINED;
            a.endReason = reason;
            a.updatedAt = Instant.now();
            return outbox.publish(a.id, new AgreementDeclined(a.id, a.districtId, a.vendorId, party.name(), reason,
                    a.updatedAt))
                    .call(() -> trail.append(a.id, EvidenceType.DECLINED, trail.caller(), origin, a.documentHash,
                            party.name() + " declined: " + reason))
                    .replaceWith(a);
        });
    }

    /** What a signature affirmed, in the words of the evidence trail. */
    String signedDetails(String party) {
        return party + " signed with explicit intent and consent to electronic records (consent " + consentVersion + ")";
    }

    static String executedDetails(Agreement a) {
        return "Executed: effective " + a.effectiveOn + ", expires " + a.expiresOn;
    }

    Signature signature(UUID agreementId, String party, UUID organisationId, String documentHash, Origin origin) {
        Signature s = new Signature();
        s.id = UUID.randomUUID();
        s.agreementId = agreementId;
        s.party = party;
        s.organisationId = organisationId;
        s.subject = caller.subject();
        s.signerName = caller.displayName();
        s.signerEmail = caller.email();
        s.role = party.equals("VENDOR") ? "vendor-signer" : "district-signer";
        s.intent = true;
        s.consentVersion = consentVersion;
        s.documentHash = documentHash;
        s.signedAt = Instant.now();
        s.ip = origin.ip();
        s.userAgent = origin.userAgent();
        return s;
    }

    static void requireIntentAndConsent(SignatureRequest request) {
        if (!request.intent()) {
            throw ProblemException.unprocessable("intent", "Signing needs your explicit intent to sign (intent: true)");
        }
        if (!request.consentToElectronicRecords()) {
            throw ProblemException.unprocessable("consentToElectronicRecords",
                    "Signing electronically needs your consent to electronic records");
        }
    }

    /** The agreement row, locked for this transaction so two signers cannot race. */
    private Uni<Agreement> locked(UUID id) {
        return agreements.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Agreement", id));
    }

    private SigningParty partyFor(Agreement a) {
        return access.sideOf(a);
    }
}
