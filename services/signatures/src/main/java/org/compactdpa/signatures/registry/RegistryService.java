package org.compactdpa.signatures.registry;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementView;
import org.compactdpa.signatures.agreements.AgreementViews;

/**
 * The public registry: agreements by state, district, vendor, product, status, data element and free
 * text, all combinable, public fields only, newest first. Pages go by number for the first ones and by
 * cursor ({@code after}, the {@code next} of the page before) at any depth; the total is counted up to
 * {@link RegistryQuery#COUNT_CAP}, so no search reads every match (see {@link RegistrySearch}).
 */
@ApplicationScoped
public class RegistryService {

    private final AgreementViews views;
    private final RegistrySearch search;

    public RegistryService(AgreementViews views, RegistrySearch search) {
        this.views = views;
        this.search = search;
    }

    /** The filters of a search; any may be left out. */
    public record Query(String state, UUID districtId, UUID vendorId, UUID productId, String status, String dataElement,
            String text) {
    }

    public Uni<RegistryPage> search(Query q, PageRequest page, String after) {
        // Validated before any statement runs: an unknown status or element, a foreign cursor or too deep a page is a 400.
        RegistryQuery query = new RegistryQuery(new RegistryQuery.Filters(q.state(), q.districtId(), q.vendorId(),
                q.productId(), q.status(), q.dataElement(), q.text()));
        RegistryCursor cursor = RegistryCursor.decode(after);
        if (cursor == null && (long) page.page * page.size > RegistryQuery.MAX_OFFSET) {
            throw ProblemException.invalid("page", "reaches past the first " + RegistryQuery.MAX_OFFSET
                    + " agreements; follow the 'next' cursor of a page (as 'after') to read further");
        }
        return search.page(query, cursor, page.page, page.size);
    }

    /** One agreement as the public registry shows it, whatever its status. */
    @WithSession
    public Uni<AgreementView> find(UUID id) {
        return Agreement.<Agreement>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Agreement", id))
                .flatMap(views::publicOf);
    }
}
