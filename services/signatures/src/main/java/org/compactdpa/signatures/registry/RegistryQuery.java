package org.compactdpa.signatures.registry;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.platform.api.QueryValues;
import org.compactdpa.platform.text.SearchText;

/**
 * The SQL of one registry search: its filters as a WHERE clause with numbered parameters, the page
 * (by offset, or by keyset after a cursor) and the capped count. Every equality filter is served by an
 * index that also yields the registry's order (migration V6), so a page is read in order and stops at
 * its size. A search by data element starts from {@code agreement_element}, one row per element of each
 * agreement kept in that same order, so the commonest element and a rare one both cost one index range.
 */
final class RegistryQuery {

    /**
     * How far past a page's start matches are counted for {@code total}: the count rides along with the
     * page (the same walk, a few pages further), so no search reads every match.
     */
    static final int COUNT_CAP = 100;

    /**
     * The deepest offset a page number may reach; deeper pages follow the {@code next} cursor, which
     * costs the same at any depth where an offset costs its depth.
     */
    static final int MAX_OFFSET = 10_000;

    private static final String COLUMNS = "a.id, a.kind, a.origin_agreement_id, a.status, a.terms_id, a.terms_hash,"
            + " a.classification, a.vendor_id, a.vendor_name, a.district_id, a.district_name, a.consortium_id, a.state,"
            + " a.general_offer, a.offer_withdrawn_at is not null as offer_withdrawn, a.document_hash, a.effective_on,"
            + " a.expires_on, a.created_at";
    /** Products and signatures ride along as JSON, so a page is one statement, not three. */
    private static final String LINES = ", (select coalesce(json_agg(json_build_array(p.product_id, p.name, p.data_elements)"
            + " order by p.name, p.product_id), '[]')::text from agreement_product p where p.agreement_id = a.id) as products"
            + ", (select coalesce(json_agg(json_build_array(s.party, s.signer_name, s.signed_at, s.document_hash)"
            + " order by s.signed_at, s.id), '[]')::text from signature s where s.agreement_id = a.id) as signatures";

    /** The filters of a search; any may be left out. */
    record Filters(String state, java.util.UUID districtId, java.util.UUID vendorId, java.util.UUID productId,
            String status, String dataElement, String text) {
    }

    private final StringBuilder where = new StringBuilder("true");
    private final List<Object> parameters = new ArrayList<>();
    /** Where the rows come from, and the columns of the registry's order there. */
    private final String from;
    private final String createdAt;
    private final String id;

    RegistryQuery(Filters f) {
        boolean byElement = f.dataElement() != null && !f.dataElement().isBlank();
        boolean onAgreement = f.state() != null && !f.state().isBlank() || f.districtId() != null || f.vendorId() != null
                || f.status() != null && !f.status().isBlank() || f.productId() != null
                || f.text() != null && !SearchText.fold(f.text()).isEmpty();
        if (byElement) {
            // Joined on the id alone (a second join column would make PostgreSQL expect one matching row),
            // and only when another filter needs the agreement's columns.
            from = onAgreement ? "agreement_element e join agreement a on a.id = e.agreement_id" : "agreement_element e";
            createdAt = "e.created_at";
            id = "e.agreement_id";
            and("e.data_element = $", QueryValues.enumValue(DataElement.class, f.dataElement(), "dataElement").name());
        } else {
            from = "agreement a";
            createdAt = "a.created_at";
            id = "a.id";
        }
        if (f.state() != null && !f.state().isBlank()) {
            and("a.state = $", f.state().trim().toUpperCase(Locale.ROOT));
        }
        if (f.districtId() != null) {
            and("a.district_id = $", f.districtId());
        }
        if (f.vendorId() != null) {
            and("a.vendor_id = $", f.vendorId());
        }
        if (f.status() != null && !f.status().isBlank()) {
            and("a.status = $", QueryValues.enumValue(AgreementStatus.class, f.status(), "status").name());
        }
        if (f.productId() != null) {
            and("exists (select 1 from agreement_product p where p.agreement_id = a.id and p.product_id = $)",
                    f.productId());
        }
        if (f.text() != null && !SearchText.fold(f.text()).isEmpty()) {
            and("a.search_text like $ escape '\\'", SearchText.containsPattern(f.text()));
        }
    }

    /** Appends a condition whose one {@code $} is the next parameter. */
    private void and(String condition, Object value) {
        parameters.add(value);
        where.append(" and ").append(condition.replace("$", "$" + parameters.size()));
    }

    /**
     * The page and its count in one walk: the matches in the registry's order, numbered, up to
     * {@link #COUNT_CAP} past the page's start ({@code offset} in, or right after the cursor); of them the
     * page's {@code size} and one more (to know whether more follow) are joined with their lines, and each
     * row carries how many matches the walk found ({@code matched}).
     */
    Statement page(RegistryCursor after, int offset, int size) {
        List<Object> values = new ArrayList<>(parameters);
        StringBuilder condition = new StringBuilder(where);
        if (after != null) {
            values.add(OffsetDateTime.ofInstant(after.createdAt(), ZoneOffset.UTC));
            int at = values.size();
            values.add(after.id());
            condition.append(" and ").append(createdAt).append(" <= $").append(at).append(" and (").append(createdAt)
                    .append(" < $").append(at).append(" or ").append(id).append(" > $").append(at + 1).append(')');
        }
        values.add(reach(offset, size));
        int reach = values.size();
        values.add(offset);
        values.add(offset + size + 1);
        String order = createdAt + " desc, " + id;
        String sql = "with matches as (select " + id + " as id, row_number() over (order by " + order + ") as n from "
                + from + " where " + condition + " order by " + order + " limit $" + reach + ")"
                + " select " + COLUMNS + ", (select count(*) from matches) as matched" + LINES
                + " from matches m join agreement a on a.id = m.id where m.n > $" + (reach + 1) + " and m.n <= $" + (reach + 2)
                + " order by m.n";
        return new Statement(sql, values);
    }

    /** How far a page's walk goes: the count's reach past the page's start, or the page and one more. */
    static int reach(int offset, int size) {
        return offset + Math.max(COUNT_CAP, size) + 1;
    }

    /** How many agreements match, counting no further than {@code limit}: for a page number past the last match. */
    Statement count(int limit) {
        List<Object> values = new ArrayList<>(parameters);
        values.add(limit);
        return new Statement("select count(*) from (select 1 from " + from + " where " + where + " limit $" + values.size()
                + ") matches", values);
    }

    /** SQL with {@code $n} parameters and their values, in order. */
    record Statement(String sql, List<Object> parameters) {
    }
}
