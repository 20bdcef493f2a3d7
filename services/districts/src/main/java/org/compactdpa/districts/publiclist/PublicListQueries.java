package org.compactdpa.districts.publiclist;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.compactdpa.districts.catalog.KnownProduct;
import org.compactdpa.districts.catalog.KnownVendor;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The public list as parents read it: each line joined with what it is shown with. Names and data
 * elements come from the catalog's projections in the same query, because the list is sorted by the
 * product's current name and filtered by its declared data.
 */
@ApplicationScoped
public class PublicListQueries {

    /**
     * A list line with what it is shown with: the deciding coverage (names as the agreement gave them),
     * the product's declaration and the vendor's current name, each null while no event has told of it.
     */
    public record Line(DistrictProduct product, AgreementCoverage coverage, KnownProduct declared, KnownVendor vendor) {
    }

    /** The filters of a district's public list, as of {@code today}; a null filter means "any". */
    public record Filter(UUID districtId, ProductStatus status, DataElement element, LocalDate today) {

        String where() {
            return " from DistrictProduct dp"
                    + " join AgreementCoverage c on c.key.agreementId = dp.agreementId and c.key.productId = dp.key.productId"
                    + " left join KnownProduct kp on kp.id = dp.key.productId"
                    + " left join KnownVendor kv on kv.id = dp.vendorId"
                    + " where dp.key.districtId = :district"
                    + statusCondition()
                    + (element == null ? "" : " and kp.dataElements like :element");
        }

        /** The status as ListingRule.statusOf(DistrictProduct, LocalDate) works it out: a lapsed approval is NOT_APPROVED. */
        private String statusCondition() {
            if (status == null) {
                return "";
            }
            return switch (status) {
                case APPROVED -> " and dp.status = :approved and (dp.expiresOn is null or dp.expiresOn >= :today)";
                case NOT_APPROVED -> " and (dp.status = :notApproved or (dp.status = :approved and dp.expiresOn < :today))";
                case PENDING -> " and dp.status = :pending";
            };
        }

        <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query) {
            query.setParameter("district", districtId);
            if (status == ProductStatus.APPROVED || status == ProductStatus.NOT_APPROVED) {
                query.setParameter("approved", ProductStatus.APPROVED);
                query.setParameter("today", today);
            }
            if (status == ProductStatus.NOT_APPROVED) {
                query.setParameter("notApproved", ProductStatus.NOT_APPROVED);
            }
            if (status == ProductStatus.PENDING) {
                query.setParameter("pending", ProductStatus.PENDING);
            }
            if (element != null) {
                query.setParameter("element", KnownProduct.elementPattern(element));
            }
            return query;
        }
    }

    /** One page of the list, by product name. */
    public Uni<List<Line>> page(Filter filter, int page, int size) {
        return Panache.getSession().flatMap(session -> filter.bind(session.createSelectionQuery("select dp, c, kp, kv"
                        + filter.where() + " order by lower(coalesce(kp.name, c.productName)), dp.key.productId",
                        Object[].class))
                        .setFirstResult(page * size)
                        .setMaxResults(size)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Line((DistrictProduct) r[0], (AgreementCoverage) r[1], (KnownProduct) r[2],
                                (KnownVendor) r[3]))
                        .toList());
    }

    public Uni<Long> total(Filter filter) {
        return Panache.getSession().flatMap(session -> filter.bind(
                session.createSelectionQuery("select count(dp)" + filter.where(), Long.class)).getSingleResult());
    }
}
