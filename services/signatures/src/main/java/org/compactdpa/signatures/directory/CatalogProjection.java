package org.compactdpa.signatures.directory;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.contracts.vocabulary.DataElement;

/**
 * Vendors (and whether a coordinator verified them) and products with their Exhibit B data elements,
 * as the vendors service announced them. Each apply is an upsert in the inbox transaction of its
 * event; an event that leaves a field out keeps what the row holds.
 */
@ApplicationScoped
public class CatalogProjection {

    private final Clock clock;

    public CatalogProjection(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> apply(VendorRegistered e) {
        return vendor(e.vendorId(), e.legalName(), null);
    }

    public Uni<Void> apply(VendorProfileChanged e) {
        return vendor(e.vendorId(), e.legalName(), null);
    }

    public Uni<Void> apply(VendorVerified e) {
        return vendor(e.vendorId(), e.legalName(), true);
    }

    public Uni<Void> apply(ProductRegistered e) {
        return product(e.productId(), e.vendorId(), e.name(), e.dataElements());
    }

    public Uni<Void> apply(ProductDeclarationChanged e) {
        return product(e.productId(), e.vendorId(), e.name(), e.dataElements());
    }

    public Uni<Void> apply(ProductDetailsChanged e) {
        return product(e.productId(), e.vendorId(), e.name(), null);
    }

    private Uni<Void> vendor(UUID vendorId, String legalName, Boolean verified) {
        return KnownVendor.<KnownVendor>findById(vendorId).flatMap(existing -> {
            KnownVendor v = existing != null ? existing : new KnownVendor();
            v.id = vendorId;
            if (legalName != null) {
                v.legalName = legalName;
            }
            if (v.legalName == null) {
                v.legalName = vendorId.toString();
            }
            v.verified = verified != null ? verified : v.verified;
            v.updatedAt = clock.instant();
            return v.persist().replaceWithVoid();
        });
    }

    private Uni<Void> product(UUID productId, UUID vendorId, String name, List<DataElement> elements) {
        return KnownProduct.<KnownProduct>findById(productId).flatMap(existing -> {
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
            p.updatedAt = clock.instant();
            return p.persist().replaceWithVoid();
        });
    }
}
