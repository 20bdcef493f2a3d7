package org.compactdpa.signatures.offers;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.locks.TransactionLocks;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.platform.text.SearchText;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementDocument;
import org.compactdpa.signatures.agreements.AgreementKind;
import org.compactdpa.signatures.agreements.AgreementLifecycle.SigningParty;
import org.compactdpa.signatures.agreements.AgreementProduct;
import org.compactdpa.signatures.agreements.AgreementViews;
import org.compactdpa.signatures.agreements.Signature;
import org.compactdpa.signatures.directory.KnownDistrict;
import org.compactdpa.signatures.directory.KnownMembership;
import org.compactdpa.signatures.evidence.EvidenceType;
import org.compactdpa.signatures.evidence.Origin;
import org.compactdpa.signatures.signing.AgreementSteps;
import org.compactdpa.signatures.signing.SignatureRequest;
import org.compactdpa.signatures.signing.Signatures;
import org.compactdpa.signatures.signing.Step;

/**
 * One-signature adoption of a general offer: a district signer signs Exhibit E and the adoption is an
 * executed agreement on the original's terms, ending with it. A district holds an offer at most once;
 * asking again, even at the same moment, answers the adoption it already has (the unique index on
 * offer and district is the last guard).
 */
@ApplicationScoped
public class AdoptionService {

    private final Signatures signatures;
    private final AgreementSteps steps;
    private final AgreementViews views;
    private final Caller caller;
    private final Clock clock;

    public AdoptionService(Signatures signatures, AgreementSteps steps, AgreementViews views, Caller caller, Clock clock) {
        this.signatures = signatures;
        this.steps = steps;
        this.views = views;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Adoption> adopt(UUID offerId, SignatureRequest request, Origin origin) {
        Signatures.requireIntentAndConsent(request);
        if (!caller.hasRole(Roles.DISTRICT_SIGNER)) {
            throw ProblemException.forbidden("Only a district signer adopts an offer");
        }
        UUID districtId = caller.requireOrganisation(OrganisationType.DISTRICT);
        // Attempts by one district on one offer take turns, so a retry that arrives while the first is
        // still running finds its committed adoption instead of tripping over the unique index. The
        // offer is read FOR SHARE: adoptions run side by side, but a withdrawal, termination or expiry
        // (which update the row) waits for them, and they for it, so none lands after it.
        return TransactionLocks.hold("adoption:" + offerId + ":" + districtId)
                .flatMap(locked -> Offers.offer(offerId, LockModeType.PESSIMISTIC_READ))
                .flatMap(o -> Agreement.<Agreement>find("originAgreementId = ?1 and districtId = ?2 and kind = ?3", o.id,
                        districtId, AgreementKind.ADOPTION).<Agreement>firstResult()
                        .flatMap(existing -> existing != null
                                ? views.of(existing).map(v -> new Adoption(v, false))
                                : adoptNow(o, districtId, request, origin).flatMap(views::of)
                                        .map(v -> new Adoption(v, true))));
    }

    private Uni<Agreement> adoptNow(Agreement o, UUID districtId, SignatureRequest request, Origin origin) {
        return Offers.district(districtId).flatMap(d -> KnownMembership.consortiaOf(d.id)
                .flatMap(consortia -> Offers.products(o).flatMap(products -> {
                    String exhibit = Offers.exhibitE(o, d, products);
                    String hash = AgreementDocument.sha256(exhibit);
                    AdoptionPolicy.decide(new AdoptionPolicy.Facts(o, d, consortia, hash, request.documentSha256(),
                            LocalDate.now(clock))).orRefuse();
                    return commit(o, d, adoption(o, d, exhibit, hash), products, origin);
                })));
    }

    /**
     * The adoption's own step (the district's signature on Exhibit E, then execution and its seal),
     * then an entry on the original's trail. The original's comes last: many districts adopt at once
     * and its trail's lock is the contended one.
     */
    private Uni<Agreement> commit(Agreement o, KnownDistrict d, Agreement a, List<AgreementProduct> products,
            Origin origin) {
        List<AgreementProduct> copies = products.stream()
                .map(p -> AgreementProduct.of(a.id, p.key.productId(), p.name, p.dataElements)).toList();
        Signature s = signatures.by(a.id, SigningParty.DISTRICT, d.id, a.documentHash, origin);
        return steps.commit(Step.on(a)
                        .adding(() -> AgreementProduct.persist(copies.stream()))
                        .adding(s::persist)
                        .announcing(new AgreementAdopted(a.id, o.id, a.vendorId, a.vendorName, d.id, a.consortiumId,
                                a.state, copies.stream().map(p -> new org.compactdpa.contracts.events.AgreementProduct(
                                        p.key.productId(), p.name)).toList(), a.effectiveOn, a.expiresOn, a.createdAt))
                        .recording(EvidenceType.ADOPTED, origin, signatures.affirmed(SigningParty.DISTRICT)
                                + "; adopts the general offer of agreement " + o.id)
                        .executing())
                .call(adopted -> steps.commit(Step.on(o).recording(EvidenceType.ADOPTED, origin, a.documentHash,
                        "Adopted by " + d.name + " (" + d.id + ") as agreement " + a.id)));
    }

    /** The adoption as Exhibit E describes it: the original's terms and parties but the adopting district, in force until the original ends. */
    private Agreement adoption(Agreement o, KnownDistrict d, String exhibit, String hash) {
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.kind = AgreementKind.ADOPTION;
        a.termsId = o.termsId;
        a.termsHash = o.termsHash;
        a.classification = o.classification;
        a.vendorId = o.vendorId;
        a.vendorName = o.vendorName;
        a.districtId = d.id;
        a.districtName = d.name;
        a.consortiumId = o.consortiumId;
        a.state = o.state;
        a.generalOffer = false;
        a.originAgreementId = o.id;
        a.document = exhibit;
        a.documentHash = hash;
        a.effectiveOn = LocalDate.now(clock);
        a.expiresOn = o.expiresOn;
        a.searchText = SearchText.fold(o.searchText + " " + d.name);
        a.createdAt = clock.instant();
        a.updatedAt = a.createdAt;
        a.createdBy = caller.subject();
        return a;
    }
}
