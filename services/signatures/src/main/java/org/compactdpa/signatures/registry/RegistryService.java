package org.compactdpa.signatures.registry;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.api.QueryValues;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.text.SearchText;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementView;
import org.compactdpa.signatures.agreements.AgreementViews;

/**
 * The public registry: agreements by state, district, vendor, product, status, data element and free
 * text, all combinable, public fields only. Every filter is served by an index (state+status,
 * district, vendor, the product and data element tables, trigram on the folded search text).
 */
@ApplicationScoped
public class RegistryService {

    private final AgreementViews views;

    public RegistryService(AgreementViews views) {
        this.views = views;
    }

    /** The filters of a search; any may be left out. */
    public record Query(String state, UUID districtId, UUID vendorId, UUID productId, String status, String dataElement,
            String text) {
    }

    @WithSession
    public Uni<Page<AgreementView>> search(Query q, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (q.state() != null && !q.state().isBlank()) {
            where.append(" and state = :state");
            params.and("state", q.state().trim().toUpperCase(Locale.ROOT));
        }
        if (q.districtId() != null) {
            where.append(" and districtId = :district");
            params.and("district", q.districtId());
        }
        if (q.vendorId() != null) {
            where.append(" and vendorId = :vendor");
            params.and("vendor", q.vendorId());
        }
        if (q.status() != null && !q.status().isBlank()) {
            where.append(" and status = :status");
            params.and("status", QueryValues.enumValue(AgreementStatus.class, q.status(), "status"));
        }
        if (q.productId() != null) {
            where.append(" and id in (select p.key.agreementId from AgreementProduct p where p.key.productId = :product)");
            params.and("product", q.productId());
        }
        if (q.dataElement() != null && !q.dataElement().isBlank()) {
            where.append(" and id in (select p.key.agreementId from AgreementProduct p where p.dataElements like :element)");
            params.and("element", "%," + QueryValues.enumValue(DataElement.class, q.dataElement(), "dataElement").name() + ",%");
        }
        if (q.text() != null && !SearchText.fold(q.text()).isEmpty()) {
            where.append(" and searchText like :text escape '\\'");
            params.and("text", SearchText.containsPattern(q.text()));
        }
        return Pages.of(Agreement.<Agreement>find(where.toString(), Sort.descending("createdAt").and("id"), params), page)
                .flatMap(views::publicPage);
    }

    /** One agreement as the public registry shows it, whatever its status. */
    @WithSession
    public Uni<AgreementView> find(UUID id) {
        return Agreement.<Agreement>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Agreement", id))
                .flatMap(views::publicOf);
    }
}
