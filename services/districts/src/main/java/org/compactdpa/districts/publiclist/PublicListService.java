package org.compactdpa.districts.publiclist;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.compactdpa.districts.districts.DistrictService;
import org.compactdpa.districts.publiclist.PublicListQueries.Filter;
import org.compactdpa.districts.publiclist.PublicListQueries.Line;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.QueryValues;

/** Reads a district's public list of vendor agreements, for parents, for embedding and for app requests. */
@ApplicationScoped
public class PublicListService {

    /** A CSV download takes the whole list, read in pages of this size. */
    private static final int EXPORT_PAGE = 500;

    private final DistrictService districts;
    private final PublicListQueries lines;
    private final Clock clock;

    public PublicListService(DistrictService districts, PublicListQueries lines, Clock clock) {
        this.districts = districts;
        this.lines = lines;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<ListEntry>> page(UUID districtId, String status, String element, int page, int size) {
        Filter filter = filter(districtId, status, element);
        return districts.require(districtId)
                .flatMap(district -> lines.page(filter, page, size))
                .flatMap(rows -> lines.total(filter)
                        .map(total -> new Page<>(rows.stream().map(r -> entry(r, filter.today())).toList(), page, size,
                                total)));
    }

    /** The whole list, filtered, as a CSV file. */
    @WithSession
    public Uni<String> csv(UUID districtId, String status, String element) {
        Filter filter = filter(districtId, status, element);
        return districts.require(districtId)
                .flatMap(district -> collect(filter, 0, new ArrayList<>()))
                .map(PublicListCsv::of);
    }

    /** The agreement under which the product is approved for the district today, or null if it is not. */
    @WithSession
    public Uni<UUID> approvingAgreement(UUID districtId, UUID productId) {
        LocalDate today = LocalDate.now(clock);
        return DistrictProduct.<DistrictProduct>findById(new DistrictProduct.Key(districtId, productId))
                .map(line -> line != null && ListingRule.statusOf(line, today) == ProductStatus.APPROVED
                        ? line.agreementId : null);
    }

    private Uni<List<ListEntry>> collect(Filter filter, int page, List<ListEntry> into) {
        return lines.page(filter, page, EXPORT_PAGE).flatMap(rows -> {
            rows.forEach(r -> into.add(entry(r, filter.today())));
            return rows.size() < EXPORT_PAGE ? Uni.createFrom().item(into) : collect(filter, page + 1, into);
        });
    }

    private Filter filter(UUID districtId, String status, String element) {
        return new Filter(districtId, QueryValues.enumValue(ProductStatus.class, status, "status"),
                QueryValues.enumValue(DataElement.class, element, "dataElement"), LocalDate.now(clock));
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
