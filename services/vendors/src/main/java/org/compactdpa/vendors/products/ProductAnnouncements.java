package org.compactdpa.vendors.products;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.SubprocessorsChanged;
import org.compactdpa.messaging.outbox.Outbox;

/** The events that tell other services about products, written to the outbox in the caller's transaction. */
@ApplicationScoped
class ProductAnnouncements {

    private final Outbox outbox;

    ProductAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<Void> registered(Product product, Declaration declaration) {
        return outbox.publish(product.id, new ProductRegistered(product.id, product.vendorId, product.name,
                product.url, declaration.sortedElements(), declaration.otherDataElements(), product.securityFramework,
                declaration.subprocessors(), product.declarationVersion, product.createdAt)).replaceWithVoid();
    }

    Uni<Void> detailsChanged(Product product) {
        return outbox.publish(product.id, new ProductDetailsChanged(product.id, product.vendorId, product.name,
                product.url, product.securityFramework, product.updatedAt)).replaceWithVoid();
    }

    /**
     * A new declaration version, followed (same key, so in order) by a subprocessors event when
     * those changed: a consumer that cares only about subprocessors need not read declarations.
     */
    Uni<Void> declarationChanged(Product product, Declaration next, DeclarationDiff diff) {
        Uni<Void> declared = outbox.publish(product.id, new ProductDeclarationChanged(product.id, product.vendorId,
                product.name, product.declarationVersion, next.sortedElements(), next.otherDataElements(),
                diff.addedDataElements(), diff.removedDataElements(), diff.otherDataElementsChanged(),
                diff.addedSubprocessors(), diff.removedSubprocessors(), diff.changedSubprocessors(),
                product.updatedAt)).replaceWithVoid();
        if (!diff.subprocessorsChanged()) {
            return declared;
        }
        return declared.flatMap(ignored -> outbox.publish(product.id, new SubprocessorsChanged(product.id,
                product.vendorId, product.declarationVersion, next.subprocessors(), diff.addedSubprocessors(),
                diff.removedSubprocessors(), diff.changedSubprocessors(), product.updatedAt)).replaceWithVoid());
    }
}
