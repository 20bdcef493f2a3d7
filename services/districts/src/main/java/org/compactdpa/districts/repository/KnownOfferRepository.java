package org.compactdpa.districts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.districts.domain.KnownOffer;

@ApplicationScoped
public class KnownOfferRepository implements PanacheRepositoryBase<KnownOffer, UUID> {
}
