package org.compactdpa.templates.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.templates.domain.KnownVerifiedVendor;

@ApplicationScoped
public class KnownVerifiedVendorRepository implements PanacheRepositoryBase<KnownVerifiedVendor, UUID> {
}
