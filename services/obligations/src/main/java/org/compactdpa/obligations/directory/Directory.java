package org.compactdpa.obligations.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.vocabulary.OrganisationType;

/**
 * Agreements, their terms' notice windows, organisations and memberships as events announced them. An
 * adoption carries its original's terms: its windows are read through {@code origin_id}.
 */
@ApplicationScoped
public class Directory {

    /** Agreements in force: their duties run. */
    public static final List<String> IN_FORCE = List.of("EXECUTED", "ADOPTED");

    /** An agreement with the windows of its terms (null while the terms' event has not arrived). */
    public record KnownAgreement(UUID id, UUID vendorId, UUID districtId, UUID consortiumId, String status,
            Integer breachNoticeHours, Integer dispositionDays, Integer auditNoticeBusinessDays, LocalDate expiresOn) {
    }

    private static final String AGREEMENT = "select a.id, a.vendor_id, a.district_id, a.consortium_id, a.status, a.expires_on,"
            + " t.breach_notice_hours, t.disposition_days, t.audit_notice_business_days from known_agreement a"
            + " left join known_agreement o on o.id = a.origin_id"
            + " left join known_terms t on t.content_hash = coalesce(a.terms_hash, o.terms_hash)";

    public Uni<Void> organisation(SqlClient sql, UUID id, OrganisationType type, String name) {
        return sql.preparedQuery("insert into known_organisation (id, type, name) values ($1, $2, $3)"
                        + " on conflict (id) do update set type = excluded.type, name = excluded.name")
                .execute(Tuple.of(id, type.name(), name == null ? "" : name)).replaceWithVoid();
    }

    public Uni<Void> membership(SqlClient sql, UUID districtId, UUID consortiumId) {
        return sql.preparedQuery("insert into known_membership (district_id, consortium_id) values ($1, $2) on conflict do nothing")
                .execute(Tuple.of(districtId, consortiumId)).replaceWithVoid();
    }

    public Uni<Void> terms(SqlClient sql, String contentHash, int breachNoticeHours, int dispositionDays, int auditNoticeBusinessDays) {
        return sql.preparedQuery("insert into known_terms (content_hash, breach_notice_hours, disposition_days,"
                        + " audit_notice_business_days) values ($1, $2, $3, $4) on conflict (content_hash) do nothing")
                .execute(Tuple.of(contentHash, breachNoticeHours, dispositionDays, auditNoticeBusinessDays)).replaceWithVoid();
    }

    public Uni<Void> agreement(SqlClient sql, UUID id, UUID vendorId, UUID districtId, UUID consortiumId, UUID originId,
            String termsHash, String status, LocalDate expiresOn, List<AgreementProduct> products) {
        List<Tuple> rows = new ArrayList<>();
        for (AgreementProduct product : products == null ? List.<AgreementProduct>of() : products) {
            rows.add(Tuple.of(id, product.productId(), product.name() == null ? "" : product.name()));
        }
        Uni<Void> agreement = sql.preparedQuery("insert into known_agreement (id, vendor_id, district_id, consortium_id,"
                        + " origin_id, terms_hash, status, expires_on, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, now())"
                        + " on conflict (id) do update set status = excluded.status,"
                        + " terms_hash = coalesce(excluded.terms_hash, known_agreement.terms_hash),"
                        + " origin_id = coalesce(excluded.origin_id, known_agreement.origin_id),"
                        + " expires_on = coalesce(excluded.expires_on, known_agreement.expires_on), updated_at = now()")
                .execute(Tuple.tuple(java.util.Arrays.asList(id, vendorId, districtId, consortiumId, originId, termsHash,
                        status, expiresOn)))
                .replaceWithVoid();
        return rows.isEmpty() ? agreement : agreement.chain(() -> sql.preparedQuery("insert into known_agreement_product"
                + " (agreement_id, product_id, name) values ($1, $2, $3) on conflict do nothing").executeBatch(rows)).replaceWithVoid();
    }

    public Uni<Void> status(SqlClient sql, UUID id, String status) {
        return sql.preparedQuery("update known_agreement set status = $2, updated_at = now() where id = $1")
                .execute(Tuple.of(id, status)).replaceWithVoid();
    }

    public Uni<Optional<KnownAgreement>> agreement(SqlClient sql, UUID id) {
        return sql.preparedQuery(AGREEMENT + " where a.id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    /**
     * The vendor's agreements in force that cover one of the products, of the chosen districts (or all when
     * {@code districts} is empty): the agreements a breach of those products concerns.
     */
    public Uni<List<KnownAgreement>> inForceCovering(SqlClient sql, UUID vendorId, Collection<UUID> products,
            Collection<UUID> districts) {
        return sql.preparedQuery(AGREEMENT + " where a.vendor_id = $1 and a.status = any($2) and a.district_id is not null"
                        + " and exists (select 1 from known_agreement_product p where p.agreement_id = a.id and p.product_id = any($3))"
                        + " and (cardinality($4::uuid[]) = 0 or a.district_id = any($4)) order by a.district_id, a.id limit 5000")
                .execute(Tuple.tuple().addUUID(vendorId).addArrayOfString(IN_FORCE.toArray(String[]::new))
                        .addArrayOfUUID(products.toArray(UUID[]::new)).addArrayOfUUID(districts.toArray(UUID[]::new)))
                .map(rows -> {
                    List<KnownAgreement> agreements = new ArrayList<>();
                    rows.forEach(row -> agreements.add(view(row)));
                    return agreements;
                });
    }

    /** Whether the vendor has registered this product in an agreement the service knows. */
    public Uni<List<UUID>> unknownProducts(SqlClient sql, UUID vendorId, Collection<UUID> products) {
        return sql.preparedQuery("select p from unnest($2::uuid[]) as p where not exists (select 1 from known_agreement a"
                        + " join known_agreement_product ap on ap.agreement_id = a.id where a.vendor_id = $1 and ap.product_id = p)")
                .execute(Tuple.tuple().addUUID(vendorId).addArrayOfUUID(products.toArray(UUID[]::new))).map(rows -> {
                    List<UUID> unknown = new ArrayList<>();
                    rows.forEach(row -> unknown.add(row.getUUID(0)));
                    return unknown;
                });
    }

    private static KnownAgreement view(Row row) {
        return new KnownAgreement(row.getUUID("id"), row.getUUID("vendor_id"), row.getUUID("district_id"),
                row.getUUID("consortium_id"), row.getString("status"), row.getInteger("breach_notice_hours"),
                row.getInteger("disposition_days"), row.getInteger("audit_notice_business_days"), row.getLocalDate("expires_on"));
    }
}
