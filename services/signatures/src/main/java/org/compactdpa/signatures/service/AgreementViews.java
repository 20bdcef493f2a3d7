package org.compactdpa.signatures.service;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.signatures.domain.Agreement;
import org.compactdpa.signatures.domain.AgreementKind;
import org.compactdpa.signatures.domain.AgreementProduct;
import org.compactdpa.signatures.domain.Signature;
import org.compactdpa.signatures.repository.AgreementProductRepository;
import org.compactdpa.signatures.repository.SignatureRepository;
import org.compactdpa.signatures.rest.api.AgreementView;

/**
 * Assembles agreement views from an agreement's rows (inside the caller's session). A page of
 * agreements costs two queries, its products and its signatures, however many rows it holds.
 */
@ApplicationScoped
public class AgreementViews {

    private final AgreementProductRepository products;
    private final SignatureRepository signatures;

    public AgreementViews(AgreementProductRepository products, SignatureRepository signatures) {
        this.products = products;
        this.signatures = signatures;
    }

    /** The agreement as its parties see it. */
    public Uni<AgreementView> of(Agreement a) {
        return of(List.of(a)).map(views -> views.get(0));
    }

    public Uni<List<AgreementView>> of(List<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = agreements.stream().map(a -> a.id).toList();
        return products.list("key.agreementId in ?1", Sort.ascending("name").and("key.productId"), ids)
                .flatMap(ps -> signatures.list("agreementId in ?1", Sort.ascending("signedAt").and("id"), ids)
                        .map(ss -> {
                            Map<UUID, List<AgreementProduct>> productsOf = ps.stream()
                                    .collect(Collectors.groupingBy(p -> p.key.agreementId()));
                            Map<UUID, List<Signature>> signaturesOf = ss.stream()
                                    .collect(Collectors.groupingBy(s -> s.agreementId));
                            return agreements.stream().map(a -> view(a, productsOf.getOrDefault(a.id, List.of()),
                                    signaturesOf.getOrDefault(a.id, List.of()))).toList();
                        }));
    }

    /** The agreements as the public registry and offer list show them. */
    public Uni<List<AgreementView>> publicOf(List<Agreement> agreements) {
        return of(agreements).map(views -> views.stream().map(AgreementView::publicFields).toList());
    }

    public Uni<AgreementView> publicOf(Agreement a) {
        return of(a).map(AgreementView::publicFields);
    }

    private static AgreementView view(Agreement a, List<AgreementProduct> ps, List<Signature> ss) {
        return new AgreementView(a.id, a.kind, a.originAgreementId, a.status, a.termsId, a.termsHash,
                a.classification, a.vendorId, a.vendorName, a.districtId, a.districtName, a.consortiumId, a.state,
                a.generalOffer && a.kind == AgreementKind.ORIGINAL, a.offerWithdrawnAt != null, a.documentHash,
                a.effectiveOn, a.expiresOn, a.endReason, ps.stream().map(AgreementViews::line).toList(),
                ss.stream().map(s -> new AgreementView.SignatureLine(s.party, s.signerName, s.signedAt,
                        s.documentHash)).toList(), a.createdAt);
    }

    static AgreementView.ProductLine line(AgreementProduct p) {
        return new AgreementView.ProductLine(p.key.productId(), p.name, elements(p.dataElements));
    }

    static List<String> elements(String stored) {
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
