package org.compactdpa.signatures.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.signatures.domain.KnownProduct;
import org.compactdpa.signatures.domain.KnownTerms;
import org.compactdpa.signatures.domain.KnownVendor;
import org.compactdpa.signatures.repository.KnownProductRepository;
import org.compactdpa.signatures.repository.KnownTermsRepository;
import org.compactdpa.signatures.repository.KnownVendorRepository;

/**
 * Terms, vendors and products as other services announced them. Each method runs in the inbox
 * transaction of its event and is an upsert. Terms are kept whole: agreements are rendered from
 * these rows alone, never from another service's tables.
 */
@ApplicationScoped
public class PartyDirectory {

    private final KnownTermsRepository terms;
    private final KnownVendorRepository vendors;
    private final KnownProductRepository products;
    private final ObjectMapper json;

    public PartyDirectory(KnownTermsRepository terms, KnownVendorRepository vendors, KnownProductRepository products,
            ObjectMapper json) {
        this.terms = terms;
        this.vendors = vendors;
        this.products = products;
        this.json = json;
    }

    public Uni<Void> terms(TermsAgreed e) {
        return terms.findById(e.termsId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            KnownTerms t = new KnownTerms();
            t.id = e.termsId();
            t.consortiumId = e.consortiumId();
            t.vendorId = e.vendorId();
            t.state = e.state();
            t.templateName = e.templateName();
            t.version = e.version();
            t.classification = e.classification();
            t.generalOfferEligible = e.generalOfferEligible();
            t.termYears = e.termYears();
            t.contentHash = e.contentHash();
            t.text = e.text();
            try {
                t.event = json.writeValueAsString(e);
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
            t.receivedAt = Instant.now();
            return terms.persist(t).replaceWithVoid();
        });
    }

    public Uni<Void> vendor(UUID vendorId, String legalName, Boolean verified) {
        return vendors.findById(vendorId).flatMap(existing -> {
            KnownVendor v = existing != null ? existing : new KnownVendor();
            v.id = vendorId;
            if (legalName != null) {
                v.legalName = legalName;
            }
            if (v.legalName == null) {
                v.legalName = vendorId.toString();
            }
            v.verified = verified != null ? verified : v.verified;
            v.updatedAt = Instant.now();
            return vendors.persist(v).replaceWithVoid();
        });
    }

    public Uni<Void> product(UUID productId, UUID vendorId, String name, List<DataElement> elements) {
        return products.findById(productId).flatMap(existing -> {
            KnownProduct p = existing != null ? existing : new KnownProduct();
            p.id = productId;
            p.vendorId = vendorId;
            if (name != null) {
                p.name = name;
            }
            if (elements != null) {
                p.dataElements = elements.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            }
            if (p.dataElements == null) {
                p.dataElements = "";
            }
            p.updatedAt = Instant.now();
            return products.persist(p).replaceWithVoid();
        });
    }
}
