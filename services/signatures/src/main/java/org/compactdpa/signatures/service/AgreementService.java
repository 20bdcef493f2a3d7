package org.compactdpa.signatures.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.platform.text.SearchText;
import org.compactdpa.signatures.domain.Agreement;
import org.compactdpa.signatures.domain.AgreementDocument;
import org.compactdpa.signatures.domain.AgreementKind;
import org.compactdpa.signatures.domain.AgreementProduct;
import org.compactdpa.signatures.domain.EvidenceType;
import org.compactdpa.signatures.domain.KnownDistrict;
import org.compactdpa.signatures.domain.KnownProduct;
import org.compactdpa.signatures.domain.KnownTerms;
import org.compactdpa.signatures.domain.KnownVendor;
import org.compactdpa.signatures.repository.AgreementProductRepository;
import org.compactdpa.signatures.repository.AgreementRepository;
import org.compactdpa.signatures.repository.KnownDistrictRepository;
import org.compactdpa.signatures.repository.KnownMembershipRepository;
import org.compactdpa.signatures.repository.KnownProductRepository;
import org.compactdpa.signatures.repository.KnownTermsRepository;
import org.compactdpa.signatures.repository.KnownVendorRepository;
import org.compactdpa.signatures.rest.api.NewAgreement;

/** Prepares agreements from frozen terms and reads them; the document is rendered here once and never again. */
@ApplicationScoped
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementProductRepository agreementProducts;
    private final KnownTermsRepository terms;
    private final KnownVendorRepository vendors;
    private final KnownProductRepository products;
    private final KnownDistrictRepository districts;
    private final KnownMembershipRepository memberships;
    private final AgreementAccess access;
    private final Outbox outbox;
    private final Caller caller;
    private final EvidenceTrail trail;

    public AgreementService(AgreementRepository agreements, AgreementProductRepository agreementProducts,
            KnownTermsRepository terms, KnownVendorRepository vendors, KnownProductRepository products,
            KnownDistrictRepository districts, KnownMembershipRepository memberships, AgreementAccess access,
            Outbox outbox, Caller caller, EvidenceTrail trail) {
        this.agreements = agreements;
        this.agreementProducts = agreementProducts;
        this.terms = terms;
        this.vendors = vendors;
        this.products = products;
        this.districts = districts;
        this.memberships = memberships;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
        this.trail = trail;
    }

    private record Parts(KnownTerms terms, KnownVendor vendor, KnownDistrict district, List<KnownProduct> products) {
    }

    @WithTransaction
    public Uni<Agreement> create(NewAgreement input, SigningService.Origin origin) {
        if (caller.hasRole(Roles.DISTRICT_SIGNER) && !caller.actsFor(OrganisationType.DISTRICT, input.districtId())) {
            throw ProblemException.forbidden("District signers prepare agreements for their own district only");
        }
        return terms.findById(input.termsId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("termsId",
                        "Terms " + input.termsId() + " are not known here (yet)"))
                .flatMap(t -> {
                    if (caller.hasRole(Roles.COORDINATOR) && !caller.actsFor(OrganisationType.CONSORTIUM, t.consortiumId)) {
                        throw ProblemException.forbidden("These terms belong to another consortium");
                    }
                    // MODIFIED terms never carry the offer, whatever the flag that came with them says.
                    if (input.generalOffer() && (!t.generalOfferEligible || "MODIFIED".equals(t.classification))) {
                        throw ProblemException.unprocessable("generalOffer", "These terms are " + t.classification
                                + " or exclude Exhibit E: they cannot carry a general offer");
                    }
                    return parts(t, input);
                })
                .flatMap(parts -> save(parts, input).call(a -> outbox.publish(a.id, new AgreementCreated(a.id,
                        a.vendorId, a.vendorName, a.districtId, a.consortiumId, a.state, covered(parts), a.generalOffer,
                        a.termsHash, a.createdAt)))
                        .call(a -> trail.append(a.id, EvidenceType.CREATED, trail.caller(), origin, a.documentHash,
                                "Prepared from terms " + a.termsHash + " for " + a.vendorName + " and " + a.districtName
                                        + (a.generalOffer ? ", with a general offer (Exhibit E)" : ""))));
    }

    private static List<org.compactdpa.contracts.events.AgreementProduct> covered(Parts parts) {
        return parts.products().stream()
                .map(p -> new org.compactdpa.contracts.events.AgreementProduct(p.id, p.name)).toList();
    }

    private Uni<Parts> parts(KnownTerms t, NewAgreement input) {
        return districts.findById(input.districtId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("districtId",
                        "District " + input.districtId() + " is not known here"))
                .flatMap(d -> memberships.consortiaOf(d.id).map(consortia -> {
                    if (!consortia.contains(t.consortiumId)) {
                        throw ProblemException.unprocessable("districtId",
                                "The district is not a member of the consortium these terms belong to");
                    }
                    return d;
                }))
                .flatMap(d -> products.list("id in ?1", input.productIds()).flatMap(ps -> {
                    if (ps.size() != input.productIds().stream().distinct().count()) {
                        throw ProblemException.unprocessable("productIds", "Some products are not known here");
                    }
                    UUID vendorId = t.vendorId != null ? t.vendorId : ps.get(0).vendorId;
                    if (ps.stream().anyMatch(p -> !p.vendorId.equals(vendorId))) {
                        throw ProblemException.unprocessable("productIds", "All products must belong to the terms' vendor");
                    }
                    return vendors.findById(vendorId)
                            .onItem().ifNull().failWith(() -> ProblemException.unprocessable("productIds",
                                    "The vendor is not known here"))
                            .map(v -> {
                                if (!v.verified) {
                                    throw ProblemException.unprocessable("productIds", "Vendor " + v.legalName
                                            + " is not verified by a coordinator yet");
                                }
                                return new Parts(t, v, d, ps);
                            });
                }));
    }

    private Uni<Agreement> save(Parts parts, NewAgreement input) {
        List<KnownProduct> sorted = parts.products().stream()
                .sorted(java.util.Comparator.comparing((KnownProduct p) -> p.name).thenComparing(p -> p.id)).toList();
        List<AgreementDocument.Product> lines = sorted.stream()
                .map(p -> new AgreementDocument.Product(p.name, AgreementViews.elements(p.dataElements))).toList();
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.kind = AgreementKind.ORIGINAL;
        a.termsId = parts.terms().id;
        a.termsHash = parts.terms().contentHash;
        a.classification = parts.terms().classification;
        a.vendorId = parts.vendor().id;
        a.vendorName = parts.vendor().legalName;
        a.districtId = parts.district().id;
        a.districtName = parts.district().name;
        a.consortiumId = parts.terms().consortiumId;
        a.state = parts.terms().state;
        a.generalOffer = input.generalOffer();
        a.status = AgreementStatus.AWAITING_VENDOR;
        a.document = AgreementDocument.agreement(parts.terms().text, a.termsHash, a.vendorName, a.districtName, a.state,
                lines, a.generalOffer);
        a.documentHash = AgreementDocument.sha256(a.document);
        a.searchText = SearchText.fold(a.vendorName + " " + a.districtName + " "
                + String.join(" ", sorted.stream().map(p -> p.name).toList()));
        a.createdAt = Instant.now();
        a.updatedAt = a.createdAt;
        a.createdBy = caller.subject();
        return agreements.persist(a).call(saved -> agreementProducts.persist(sorted.stream().map(p -> {
            AgreementProduct row = new AgreementProduct();
            row.key = new AgreementProduct.Key(a.id, p.id);
            row.name = p.name;
            row.dataElements = p.dataElements.isEmpty() ? "," : "," + p.dataElements + ",";
            return row;
        })));
    }

    /** The document for a party to review; each view is recorded in the evidence trail. */
    @WithTransaction
    public Uni<Agreement> view(UUID id, SigningService.Origin origin) {
        return find(id).call(a -> trail.append(a.id, EvidenceType.DOCUMENT_VIEWED, trail.caller(), origin,
                a.documentHash, null));
    }

    @WithSession
    public Uni<Agreement> find(UUID id) {
        return agreements.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Agreement", id))
                .invoke(access::requireParty);
    }
}
