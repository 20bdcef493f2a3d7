package org.compactdpa.vendors.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.platform.text.SearchText;
import org.compactdpa.vendors.domain.Vendor;

@ApplicationScoped
public class VendorRepository implements PanacheRepositoryBase<Vendor, UUID> {

    /** Vendors whose legal name or DBA contains the term (accents and case ignored), prefix matches first. */
    public PanacheQuery<Vendor> search(String term) {
        if (term == null || SearchText.fold(term).isEmpty()) {
            return find("from Vendor v order by v.searchName, v.id");
        }
        return find("from Vendor v where v.searchName like :contains escape '\\' order by"
                        + " case when v.searchName like :prefix escape '\\' then 0 else 1 end, v.searchName, v.id",
                Parameters.with("contains", SearchText.containsPattern(term))
                        .and("prefix", SearchText.prefixPattern(term)));
    }
}
