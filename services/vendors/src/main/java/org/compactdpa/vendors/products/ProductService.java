package org.compactdpa.vendors.products;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.vendors.vendors.VendorAccess;
import org.compactdpa.vendors.vendors.VendorService;

/**
 * Registering and replacing products. Only a change to what a product collects or shares (data
 * elements, the other-data text, subprocessors) makes a new declaration version, with its diff
 * against the previous one and the events that announce it; other changes are details.
 */
@ApplicationScoped
public class ProductService {

    private final VendorService vendors;
    private final VendorAccess access;
    private final ProductCatalog catalog;
    private final DeclarationStore declarations;
    private final ProductAnnouncements announcements;
    private final Clock clock;

    ProductService(VendorService vendors, VendorAccess access, ProductCatalog catalog, DeclarationStore declarations,
            ProductAnnouncements announcements, Clock clock) {
        this.vendors = vendors;
        this.access = access;
        this.catalog = catalog;
        this.declarations = declarations;
        this.announcements = announcements;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ProductView> register(UUID vendorId, ProductInput input) {
        access.requireStaffOf(vendorId);
        Declaration declaration = ProductForm.declarationOf(input);
        UUID id = input.id() != null ? input.id() : UUID.randomUUID();
        return vendors.requireRegistered(vendorId)
                .flatMap(registered -> Product.<Product>findById(id))
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("Product " + id + " already exists"))
                .flatMap(none -> {
                    Instant now = clock.instant();
                    Product product = new Product();
                    product.id = id;
                    product.vendorId = vendorId;
                    product.createdAt = now;
                    product.declarationVersion = 1;
                    product.describe(ProductForm.detailsOf(input), now);
                    return product.<Product>persist();
                })
                .call(product -> declarations.save(product, declaration, null))
                .call(product -> announcements.registered(product, declaration))
                .map(product -> ProductView.of(product, declaration));
    }

    @WithTransaction
    public Uni<ProductView> update(UUID vendorId, UUID productId, ProductInput input) {
        if (input.id() != null && !input.id().equals(productId)) {
            throw ProblemException.invalid("id", "does not match the product in the path");
        }
        access.requireStaffOf(vendorId);
        Declaration next = ProductForm.declarationOf(input);
        return catalog.owned(vendorId, productId)
                .flatMap(product -> declarations.current(product).flatMap(previous -> {
                    ProductDetails details = ProductForm.detailsOf(input);
                    boolean detailsChanged = details.differFrom(product);
                    product.describe(details, clock.instant());
                    DeclarationDiff diff = next.diffFrom(previous);
                    Uni<Void> declared = diff.isEmpty() ? Uni.createFrom().voidItem()
                            : declareNewVersion(product, next, diff);
                    return declared
                            .flatMap(ignored -> detailsChanged ? announcements.detailsChanged(product)
                                    : Uni.createFrom().voidItem())
                            .replaceWith(() -> ProductView.of(product, diff.isEmpty() ? previous : next));
                }));
    }

    private Uni<Void> declareNewVersion(Product product, Declaration next, DeclarationDiff diff) {
        product.declarationVersion++;
        return declarations.save(product, next, diff)
                .flatMap(saved -> announcements.declarationChanged(product, next, diff));
    }
}
