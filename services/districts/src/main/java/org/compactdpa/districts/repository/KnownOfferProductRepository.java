package org.compactdpa.districts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.districts.domain.KnownOfferProduct;

@ApplicationScoped
public class KnownOfferProductRepository implements PanacheRepositoryBase<KnownOfferProduct, KnownOfferProduct.Key> {
}
