package org.compactdpa.signatures.signing;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.platform.text.SearchText;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementDocument;
import org.compactdpa.signatures.agreements.AgreementKind;
import org.compactdpa.signatures.directory.KnownDistrict;
import org.compactdpa.signatures.directory.KnownMembership;
import org.compactdpa.signatures.directory.KnownProduct;
import org.compactdpa.signatures.directory.KnownTerms;
import org.compactdpa.signatures.directory.KnownVendor;

/**
 * What an agreement is made of, checked against what signatures knows from events: a district that
 * belongs to the terms' consortium, products of one verified vendor (the terms' own, if they name
 * one). Then the agreement itself, its document rendered from those parts alone.
 */
@ApplicationScoped
public class Preparation {

    /** The checked parts of a new agreement. */
    public record Parts(KnownTerms terms, KnownVendor vendor, KnownDistrict district, List<KnownProduct> products) {

        /** The products in the order the document lists them. */
        List<KnownProduct> sortedProducts() {
            return products.stream().sorted(Comparator.comparing((KnownProduct p) -> p.name).thenComparing(p -> p.id))
                    .toList();
        }

        List<AgreementProduct> covered() {
            return products.stream().map(p -> new AgreementProduct(p.id, p.name)).toList();
        }
    }

    private final Caller caller;
    private final Clock clock;

    public Preparation(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    Uni<Parts> parts(KnownTerms t, NewAgreement input) {
        return KnownDistrict.<KnownDistrict>findById(input.districtId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("districtId",
                        "District " + input.districtId() + " is not known here"))
                .flatMap(d -> KnownMembership.consortiaOf(d.id).map(consortia -> {
                    if (!consortia.contains(t.consortiumId)) {
                        throw ProblemException.unprocessable("districtId",
                                "The district is not a member of the consortium these terms belong to");
                    }
                    return d;
                }))
                .flatMap(d -> KnownProduct.<KnownProduct>list("id in ?1", input.productIds()).flatMap(ps -> {
                    if (ps.size() != input.productIds().stream().distinct().count()) {
                        throw ProblemException.unprocessable("productIds", "Some products are not known here");
                    }
                    UUID vendorId = t.vendorId != null ? t.vendorId : ps.get(0).vendorId;
                    if (ps.stream().anyMatch(p -> !p.vendorId.equals(vendorId))) {
                        throw ProblemException.unprocessable("productIds", "All products must belong to the terms' vendor");
                    }
                    return KnownVendor.<KnownVendor>findById(vendorId)
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

    /** The new agreement, not yet saved and without a status: committing its first step gives it both. */
    Agreement draft(Parts parts, boolean generalOffer) {
        List<KnownProduct> sorted = parts.sortedProducts();
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
        a.generalOffer = generalOffer;
        a.document = AgreementDocument.agreement(parts.terms().text, a.termsHash, a.vendorName, a.districtName, a.state,
                sorted.stream().map(p -> AgreementDocument.Product.of(p.name, p.dataElements)).toList(),
                a.generalOffer);
        a.documentHash = AgreementDocument.sha256(a.document);
        a.searchText = SearchText.fold(a.vendorName + " " + a.districtName + " "
                + String.join(" ", sorted.stream().map(p -> p.name).toList()));
        a.createdAt = clock.instant();
        a.updatedAt = a.createdAt;
        a.createdBy = caller.subject();
        return a;
    }
}
