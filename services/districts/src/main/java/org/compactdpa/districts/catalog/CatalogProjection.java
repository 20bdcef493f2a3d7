package org.compactdpa.districts.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.vocabulary.DataElement;

/**
 * Vendor and product names and declarations, kept from the vendors service's events for the public
 * list. Runs inside the inbox transaction of each event; every method is an upsert.
 */
@ApplicationScoped
public class CatalogProjection {

    private final Clock clock;

    public CatalogProjection(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> apply(VendorRegistered event) {
        return vendorNamed(event.vendorId(), event.legalName());
    }

    public Uni<Void> apply(VendorProfileChanged event) {
        return vendorNamed(event.vendorId(), event.legalName());
    }

    public Uni<Void> apply(ProductRegistered event) {
        return upsert(event.productId(), event.vendorId(), event.name(), event.dataElements(), event.otherDataElements());
    }

    public Uni<Void> apply(ProductDeclarationChanged event) {
        return upsert(event.productId(), event.vendorId(), event.name(), event.dataElements(), event.otherDataElements());
    }

    /** A new name only; a product not known yet waits for its registration, which carries the declaration. */
    public Uni<Void> apply(ProductDetailsChanged event) {
        return KnownProduct.<KnownProduct>findById(event.productId()).invoke(product -> {
            if (product != null) {
                product.name = event.name();
                product.updatedAt = clock.instant();
            }
        }).replaceWithVoid();
    }

    private Uni<Void> vendorNamed(UUID vendorId, String name) {
        return KnownVendor.<KnownVendor>findById(vendorId).flatMap(existing -> {
            KnownVendor vendor = existing != null ? existing : new KnownVendor();
            vendor.id = vendorId;
            vendor.name = name;
            vendor.updatedAt = clock.instant();
            return vendor.persist();
        }).replaceWithVoid();
    }

    private Uni<Void> upsert(UUID productId, UUID vendorId, String name, List<DataElement> elements, String other) {
        return KnownProduct.<KnownProduct>findById(productId).flatMap(existing -> {
            KnownProduct product = existing != null ? existing : new KnownProduct();
            product.id = productId;
            product.vendorId = vendorId;
            product.name = name;
            product.setElements(elements);
            product.otherData = other;
            product.updatedAt = clock.instant();
            return product.persist();
        }).replaceWithVoid();
    }
}
