package org.compactdpa.vendors.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.vendors.domain.ProductDeclaration;

@ApplicationScoped
public class DeclarationRepository implements PanacheRepositoryBase<ProductDeclaration, ProductDeclaration.Key> {

    public Uni<List<ProductDeclaration>> ofProduct(UUID productId) {
        return list("key.productId", Sort.descending("key.version"), productId);
    }
}
