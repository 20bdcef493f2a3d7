package org.compactdpa.vendors.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.platform.text.SearchText;
import org.compactdpa.vendors.domain.Product;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    /**
     * Products by name (accents and case ignored; prefix matches first), by a data element their
     * current declaration collects, and by vendor; any filter may be absent.
     */
    public PanacheQuery<Product> search(String term, DataElement element, UUID vendorId) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        boolean byName = term != null && !SearchText.fold(term).isEmpty();
        if (byName) {
            where.add("p.searchName like :contains escape '\\'");
            parameters.and("contains", SearchText.containsPattern(term)).and("prefix", SearchText.prefixPattern(term));
        }
        if (element != null) {
            where.add("exists (select 1 from ProductDataElement e where e.key.productId = p.id"
                    + " and e.key.element = :element)");
            parameters.and("element", element.name());
        }
        if (vendorId != null) {
            where.add("p.vendorId = :vendorId");
            parameters.and("vendorId", vendorId);
        }
        String query = "from Product p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + (byName ? "case when p.searchName like :prefix escape '\\' then 0 else 1 end, " : "")
                + "p.searchName, p.id";
        return find(query, parameters);
    }
}
