package org.compactdpa.vendors.products;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.messaging.persistence.CommaListConverter;
import org.compactdpa.platform.text.SearchText;

/** A product a vendor offers to districts; what it collects lives in its current {@link ProductDeclaration}. */
@Entity
public class Product extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID vendorId;

    public String name;

    public String url;

    public String description;

    @Convert(converter = CommaListConverter.class)
    public List<String> gradeBands;

    @Convert(converter = CommaListConverter.class)
    public List<String> categories;

    @Enumerated(EnumType.STRING)
    public SecurityFramework securityFramework;

    public String securityFrameworkOther;

    public int declarationVersion;

    public String searchName;

    public Instant createdAt;

    public Instant updatedAt;

    /** Takes the details that are not part of the declaration; the search name follows the name. */
    void describe(ProductDetails details, Instant at) {
        name = details.name();
        url = details.url();
        description = details.description();
        gradeBands = details.gradeBands();
        categories = details.categories();
        securityFramework = details.securityFramework();
        securityFrameworkOther = details.securityFrameworkOther();
        searchName = SearchText.fold(details.name());
        updatedAt = at;
    }

    /**
     * Products by name (accents and case ignored; prefix matches first), by a data element their
     * current declaration collects, and by vendor; any filter may be absent.
     */
    static PanacheQuery<Product> search(String term, DataElement element, UUID vendorId) {
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
