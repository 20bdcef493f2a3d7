package org.compactdpa.vendors.products;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/** The public reads: products with their current declarations, and a product's declaration history. */
@ApplicationScoped
public class ProductCatalog {

    private final DeclarationStore declarations;

    ProductCatalog(DeclarationStore declarations) {
        this.declarations = declarations;
    }

    @WithSession
    public Uni<ProductView> find(UUID productId) {
        return Product.<Product>findById(productId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Product", productId))
                .flatMap(this::view);
    }

    @WithSession
    public Uni<Page<ProductView>> search(String term, DataElement element, UUID vendorId, PageRequest page) {
        return Pages.of(Product.search(term, element, vendorId), page)
                .flatMap(found -> Pages.inSequence(found.items(), this::view)
                        .map(views -> new Page<>(views, found.page(), found.size(), found.total())));
    }

    /** Only under its own vendor's path: another vendor's product there is not found. */
    @WithSession
    public Uni<List<DeclarationView>> declarations(UUID vendorId, UUID productId) {
        return owned(vendorId, productId).flatMap(product -> declarations.history(productId));
    }

    /**
     * The product, if it belongs to the vendor. A product of another vendor answers 404 like a
     * missing one, so a path cannot be used to reach past the caller's own vendor.
     */
    Uni<Product> owned(UUID vendorId, UUID productId) {
        return Product.<Product>findById(productId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Product", productId))
                .invoke(product -> {
                    if (!product.vendorId.equals(vendorId)) {
                        throw ProblemException.notFound("Product", productId + " of vendor " + vendorId);
                    }
                });
    }

    Uni<ProductView> view(Product product) {
        return declarations.current(product).map(declaration -> ProductView.of(product, declaration));
    }
}
