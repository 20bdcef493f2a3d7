package org.compactdpa.signatures.service;

import org.compactdpa.messaging.persistence.Pages;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.compactdpa.signatures.domain.Agreement;
import org.compactdpa.signatures.domain.AgreementKind;
import org.compactdpa.signatures.domain.AgreementProduct;
import org.compactdpa.signatures.repository.AgreementProductRepository;
import org.compactdpa.signatures.repository.SignatureRepository;
import org.compactdpa.signatures.rest.api.AgreementView;

/** Assembles agreement views from an agreement's rows (inside the caller's session). */
@ApplicationScoped
public class AgreementViews {

    private final AgreementProductRepository products;
    private final SignatureRepository signatures;

    public AgreementViews(AgreementProductRepository products, SignatureRepository signatures) {
        this.products = products;
        this.signatures = signatures;
    }

    public Uni<AgreementView> of(Agreement a) {
        return products.list("key.agreementId", Sort.ascending("name"), a.id).flatMap(ps -> signatures
                .list("agreementId", Sort.ascending("signedAt"), a.id)
                .map(ss -> new AgreementView(a.id, a.kind, a.originAgreementId, a.status, a.termsId, a.termsHash,
                        a.classification, a.vendorId, a.vendorName, a.districtId, a.districtName, a.consortiumId, a.state,
                        a.generalOffer && a.kind == AgreementKind.ORIGINAL, a.offerWithdrawnAt != null, a.documentHash,
                        a.effectiveOn, a.expiresOn, ps.stream().map(AgreementViews::line).toList(),
                        ss.stream().map(s -> new AgreementView.SignatureLine(s.party, s.signerName, s.signedAt,
                                s.documentHash)).toList(), a.createdAt)));
    }

    public Uni<List<AgreementView>> of(List<Agreement> agreements) {
        return Pages.inSequence(agreements, this::of);
    }

    static AgreementView.ProductLine line(AgreementProduct p) {
        return new AgreementView.ProductLine(p.key.productId(), p.name, elements(p.dataElements));
    }

    static List<String> elements(String stored) {
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
