package org.compactdpa.vendors.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.vendors.domain.ProductDataElement;

@ApplicationScoped
public class ProductDataElementRepository implements PanacheRepositoryBase<ProductDataElement, ProductDataElement.Key> {

    /** Brings the index in line with a declaration change: removes and adds only what changed. */
    public Uni<Void> apply(UUID productId, Collection<DataElement> added, Collection<DataElement> removed) {
        Uni<Long> deleted = removed.isEmpty() ? Uni.createFrom().item(0L)
                : delete("key.productId = ?1 and key.element in ?2", productId,
                        removed.stream().map(Enum::name).toList());
        return deleted.flatMap(ignored -> added.isEmpty() ? Uni.createFrom().voidItem()
                : persist(added.stream().map(e -> ProductDataElement.of(productId, e.name()))).replaceWithVoid());
    }
}
