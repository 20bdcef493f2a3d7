package org.compactdpa.vendors.products;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.security.Caller;

/**
 * The versions of products' declarations. A saved version is never changed; the data-element index
 * is kept in step with the newest one, so a search by data element sees current declarations only.
 */
@ApplicationScoped
class DeclarationStore {

    private final DeclarationCodec codec;
    private final Caller caller;

    DeclarationStore(DeclarationCodec codec, Caller caller) {
        this.codec = codec;
        this.caller = caller;
    }

    /** What the product declares now. */
    Uni<Declaration> current(Product product) {
        return ProductDeclaration.currentOf(product).map(codec::read);
    }

    /**
     * Saves the declaration as the product's current version, declared when the product was last
     * updated; {@code diff} is null for a product's first declaration.
     */
    Uni<Void> save(Product product, Declaration declaration, DeclarationDiff diff) {
        ProductDeclaration row = new ProductDeclaration();
        row.key = new ProductDeclaration.Key(product.id, product.declarationVersion);
        codec.write(row, declaration, diff);
        row.declaredAt = product.updatedAt;
        row.declaredBy = caller.subject();
        Uni<Void> reindexed = diff == null
                ? ProductDataElement.reindex(product.id, declaration.dataElements(), List.of())
                : ProductDataElement.reindex(product.id, diff.addedDataElements(), diff.removedDataElements());
        return row.persist().flatMap(saved -> reindexed);
    }

    /** Every version of the product's declaration, newest first, each with its changes. */
    Uni<List<DeclarationView>> history(UUID productId) {
        return ProductDeclaration.ofProduct(productId).map(rows -> rows.stream().map(this::view).toList());
    }

    private DeclarationView view(ProductDeclaration row) {
        Declaration declaration = codec.read(row);
        return new DeclarationView(row.key.version(), declaration.sortedElements(), declaration.otherDataElements(),
                declaration.subprocessors(), codec.readDiff(row), row.declaredAt);
    }
}
