package org.compactdpa.districts.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.districts.domain.KnownProduct;
import org.compactdpa.districts.domain.KnownVendor;
import org.compactdpa.districts.repository.KnownProductRepository;
import org.compactdpa.districts.repository.KnownVendorRepository;

/**
 * Vendor and product names and declarations, kept from the vendors service's events for the public
 * list. Runs inside the inbox transaction of each event; every method is an upsert.
 */
@ApplicationScoped
public class CatalogProjection {

    private final KnownVendorRepository vendors;
    private final KnownProductRepository products;

    public CatalogProjection(KnownVendorRepository vendors, KnownProductRepository products) {
        this.vendors = vendors;
        this.products = products;
    }

    public Uni<Void> vendorNamed(UUID vendorId, String name) {
        return vendors.findById(vendorId).flatMap(existing -> {
            KnownVendor vendor = existing != null ? existing : new KnownVendor();
            vendor.id = vendorId;
            vendor.name = name;
            vendor.updatedAt = Instant.now();
            return vendors.persist(vendor);
        }).replaceWithVoid();
    }

    public Uni<Void> apply(ProductRegistered event) {
        return upsert(event.productId(), event.vendorId(), event.name(), event.dataElements(), event.otherDataElements());
    }

    public Uni<Void> apply(ProductDeclarationChanged event) {
        return upsert(event.productId(), event.vendorId(), event.name(), event.dataElements(), event.otherDataElements());
    }

    public Uni<Void> apply(ProductDetailsChanged event) {
        return products.findById(event.productId()).flatMap(product -> {
            if (product == null) {
                return Uni.createFrom().voidItem();
            }
            product.name = event.name();
            product.updatedAt = Instant.now();
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> upsert(UUID productId, UUID vendorId, String name, List<DataElement> elements, String other) {
        return products.findById(productId).flatMap(existing -> {
            KnownProduct product = existing != null ? existing : new KnownProduct();
            product.id = productId;
            product.vendorId = vendorId;
            product.name = name;
            product.setElements(elements);
            product.otherData = other;
            product.updatedAt = Instant.now();
            return products.persist(product);
        }).replaceWithVoid();
    }
}
