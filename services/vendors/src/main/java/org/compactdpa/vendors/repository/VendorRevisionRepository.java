package org.compactdpa.vendors.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.vendors.domain.VendorRevision;

@ApplicationScoped
public class VendorRevisionRepository implements PanacheRepositoryBase<VendorRevision, VendorRevision.Key> {

    public Uni<List<VendorRevision>> ofVendor(UUID vendorId) {
        return list("key.vendorId", Sort.descending("key.revision"), vendorId);
    }
}
