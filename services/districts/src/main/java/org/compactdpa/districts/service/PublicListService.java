package org.compactdpa.districts.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.compactdpa.districts.domain.ListingRule;
import org.compactdpa.districts.repository.DistrictProductRepository;
import org.compactdpa.districts.repository.DistrictProductRepository.Filter;
import org.compactdpa.districts.repository.DistrictProductRepository.Line;
import org.compactdpa.districts.repository.DistrictRepository;
import org.compactdpa.districts.rest.api.ListEntry;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.QueryValues;
import org.compactdpa.platform.problem.ProblemException;

/** Reads a district's public list of vendor agreements, for parents and for embedding. */
@ApplicationScoped
public class PublicListService {

    /** A CSV download takes the whole list, read in pages of this size. */
    private static final int EXPORT_PAGE = 500;

    private final DistrictRepository districts;
    private final DistrictProductRepository lines;

    public PublicListService(DistrictRepository districts, DistrictProductRepository lines) {
        this.districts = districts;
        this.lines = lines;
    }

    @WithSession
    public Uni<Page<ListEntry>> page(UUID districtId, String status, String element, int page, int size) {
        Filter filter = filter(districtId, status, element);
        return requireDistrict(districtId)
                .flatMap(ok -> lines.page(filter, page, size))
                .flatMap(rows -> lines.total(filter)
                        .map(total -> new Page<>(rows.stream().map(r -> entry(r, filter.today())).toList(), page, size,
                                total)));
    }

    @WithSession
    public Uni<List<ListEntry>> all(UUID districtId, String status, String element) {
        Filter filter = filter(districtId, status, element);
        return requireDistrict(districtId).flatMap(ok -> collect(filter, 0, new ArrayList<>()));
    }

    private Uni<List<ListEntry>> collect(Filter filter, int page, List<ListEntry> into) {
        return lines.page(filter, page, EXPORT_PAGE).flatMap(rows -> {
            rows.forEach(r -> into.add(entry(r, filter.today())));
            return rows.size() < EXPORT_PAGE ? Uni.createFrom().item(into) : collect(filter, page + 1, into);
        });
    }

    private Uni<Void> requireDistrict(UUID districtId) {
        return districts.findById(districtId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("District", districtId))
                .replaceWithVoid();
    }

    private static Filter filter(UUID districtId, String status, String element) {
        return new Filter(districtId, QueryValues.enumValue(ProductStatus.class, status, "status"),
                QueryValues.enumValue(DataElement.class, element, "dataElement"), LocalDate.now());
    }

    /** Names as the vendors service last announced them, else as the agreement gave them; the status as of today. */
    private static ListEntry entry(Line line, LocalDate today) {
        var dp = line.product();
        var c = line.coverage();
        var declared = line.declared();
        return new ListEntry(dp.key.productId(), declared != null ? declared.name : c.productName, dp.vendorId,
                line.vendor() != null ? line.vendor().name : c.vendorName, ListingRule.statusOf(dp, today),
                declared != null ? declared.elements() : List.of(),
                declared != null ? declared.otherData : null, dp.agreementId, dp.relationship, dp.effectiveOn,
                dp.expiresOn);
    }
}
