package org.compactdpa.districts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.compactdpa.districts.domain.AgreementCoverage;
import org.compactdpa.districts.domain.DistrictProduct;
import org.compactdpa.districts.domain.KnownProduct;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class DistrictProductRepository implements PanacheRepositoryBase<DistrictProduct, DistrictProduct.Key> {

    /** A list line with what it is shown with: the deciding coverage (names) and the product's declaration. */
    public record Line(DistrictProduct product, AgreementCoverage coverage, KnownProduct declared) {
    }

    /** The filters of a district's public list; null means "any". */
    public record Filter(UUID districtId, ProductStatus status, DataElement element) {

        String where() {
            return " from DistrictProduct dp"
                    + " join AgreementCoverage c on c.key.agreementId = dp.agreementId and c.key.productId = dp.key.productId"
                    + " left join KnownProduct kp on kp.id = dp.key.productId"
                    + " where dp.key.districtId = :district"
                    + (status == null ? "" : " and dp.status = :status")
                    + (element == null ? "" : " and kp.dataElements like :element");
        }

        <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query) {
            query.setParameter("district", districtId);
            if (status != null) {
                query.setParameter("status", status);
            }
            if (element != null) {
                query.setParameter("element", KnownProduct.elementPattern(element));
            }
            return query;
        }
    }

    public Uni<List<Line>> page(Filter filter, int page, int size) {
        return getSession().flatMap(session -> filter.bind(session.createSelectionQuery("select dp, c, kp" + filter.where()
                        + " order by lower(coalesce(kp.name, c.productName)), dp.key.productId", Object[].class))
                        .setFirstResult(page * size)
                        .setMaxResults(size)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Line((DistrictProduct) r[0], (AgreementCoverage) r[1], (KnownProduct) r[2]))
                        .toList());
    }

    public Uni<Long> total(Filter filter) {
        return getSession().flatMap(session -> filter.bind(
                session.createSelectionQuery("select count(dp)" + filter.where(), Long.class)).getSingleResult());
    }
}
