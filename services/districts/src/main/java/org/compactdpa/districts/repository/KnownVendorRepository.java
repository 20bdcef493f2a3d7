package org.compactdpa.districts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.districts.domain.KnownVendor;

@ApplicationScoped
public class KnownVendorRepository implements PanacheRepositoryBase<KnownVendor, UUID> {
}
