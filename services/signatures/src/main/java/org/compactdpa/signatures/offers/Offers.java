package org.compactdpa.signatures.offers;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementDocument;
import org.compactdpa.signatures.agreements.AgreementKind;
import org.compactdpa.signatures.agreements.AgreementProduct;
import org.compactdpa.signatures.directory.KnownDistrict;

/** The reads offers and adoptions share: the offer, the adopting district, and Exhibit E as that district signs it. */
final class Offers {

    private Offers() {
    }

    /** The original agreement that carries (or carried) the offer; an adoption is not an offer. */
    static Uni<Agreement> offer(UUID offerId, LockModeType lock) {
        return Agreement.<Agreement>findById(offerId, lock)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Offer", offerId))
                .invoke(o -> {
                    if (o.kind != AgreementKind.ORIGINAL) {
                        throw ProblemException.notFound("Offer", offerId);
                    }
                });
    }

    static Uni<KnownDistrict> district(UUID districtId) {
        return KnownDistrict.<KnownDistrict>findById(districtId).onItem().ifNull().failWith(() ->
                ProblemException.unprocessable("districtId", "District " + districtId + " is not known here"));
    }

    /** The offer's products, in the order Exhibit E lists them. */
    static Uni<List<AgreementProduct>> products(Agreement offer) {
        return AgreementProduct.list("key.agreementId", Sort.ascending("name"), offer.id);
    }

    /** Exhibit E for the district, bound to the original's document and terms: the same facts render the same text. */
    static String exhibitE(Agreement offer, KnownDistrict district, List<AgreementProduct> products) {
        return AgreementDocument.exhibitE(offer.documentHash, offer.termsHash, offer.vendorName, district.name,
                offer.state, products.stream().map(AgreementProduct::line).toList(), String.valueOf(offer.expiresOn));
    }
}
