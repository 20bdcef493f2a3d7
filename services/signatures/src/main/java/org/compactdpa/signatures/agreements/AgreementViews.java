package org.compactdpa.signatures.agreements;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.platform.api.Page;

/**
 * Assembles agreement views from an agreement's rows (inside the caller's session). A page of
 * agreements costs two queries, its products and its signatures, however many rows it holds.
 */
@ApplicationScoped
public class AgreementViews {

    /** The agreement as its parties see it. */
    public Uni<AgreementView> of(Agreement a) {
        return of(List.of(a)).map(views -> views.get(0));
    }

    public Uni<List<AgreementView>> of(List<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = agreements.stream().map(a -> a.id).toList();
        return AgreementProduct.<AgreementProduct>list("key.agreementId in ?1", Sort.ascending("name").and("key.productId"), ids)
                .flatMap(ps -> Signature.<Signature>list("agreementId in ?1", Sort.ascending("signedAt").and("id"), ids)
                        .map(ss -> {
                            Map<UUID, List<AgreementProduct>> productsOf = ps.stream()
                                    .collect(Collectors.groupingBy(p -> p.key.agreementId()));
                            Map<UUID, List<Signature>> signaturesOf = ss.stream()
                                    .collect(Collectors.groupingBy(s -> s.agreementId));
                            return agreements.stream().map(a -> view(a, productsOf.getOrDefault(a.id, List.of()),
                                    signaturesOf.getOrDefault(a.id, List.of()))).toList();
                        }));
    }

    /** A page of agreements as the public registry and offer list show them. */
    public Uni<Page<AgreementView>> publicPage(Page<Agreement> page) {
        return of(page.items()).map(views -> new Page<>(views.stream().map(AgreementView::publicFields).toList(),
                page.page(), page.size(), page.total()));
    }

    public Uni<AgreementView> publicOf(Agreement a) {
        return of(a).map(AgreementView::publicFields);
    }

    private static AgreementView view(Agreement a, List<AgreementProduct> ps, List<Signature> ss) {
        return new AgreementView(a.id, a.kind, a.originAgreementId, a.status, a.termsId, a.termsHash,
                a.classification, a.vendorId, a.vendorName, a.districtId, a.districtName, a.consortiumId, a.state,
                a.generalOffer && a.kind == AgreementKind.ORIGINAL, a.offerWithdrawnAt != null, a.documentHash,
                a.effectiveOn, a.expiresOn, a.endReason,
                ps.stream().map(p -> new AgreementView.ProductLine(p.key.productId(), p.name,
                        AgreementProduct.elements(p.dataElements))).toList(),
                ss.stream().map(s -> new AgreementView.SignatureLine(s.party, s.signerName, s.signedAt,
                        s.documentHash)).toList(), a.createdAt);
    }
}
