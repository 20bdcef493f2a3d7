package org.compactdpa.templates.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.templates.domain.KnownProduct;

@ApplicationScoped
public class KnownProductRepository implements PanacheRepositoryBase<KnownProduct, UUID> {
}
