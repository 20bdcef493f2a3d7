package org.compactdpa.notices.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.notices.rules.Audience;
import org.compactdpa.notices.rules.Facts;

/**
 * What the service learned from events about organisations, people, products, agreements and
 * negotiations, written and read on the connection of the caller's transaction (an event's, or a
 * request's). Never another service's database: only what was announced.
 */
@ApplicationScoped
public class Directory {

    /** Agreements in force: a product they cover is "held" by their district. */
    private static final List<String> IN_FORCE = List.of("EXECUTED", "ADOPTED");

    /** A person who can be mailed. */
    public record Recipient(String personId, String email) {
    }

    public Uni<Void> organisation(SqlClient sql, UUID id, OrganisationType type, String name) {
        return sql.preparedQuery("insert into known_organisation (id, type, name) values ($1, $2, $3)"
                        + " on conflict (id) do update set type = excluded.type, name = excluded.name")
                .execute(Tuple.of(id, type.name(), name == null ? "" : name)).replaceWithVoid();
    }

    /** A name an agreement event carries, kept until the organisation's own event says otherwise. */
    public Uni<Void> organisationIfUnknown(SqlClient sql, UUID id, OrganisationType type, String name) {
        if (id == null || name == null || name.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return sql.preparedQuery("insert into known_organisation (id, type, name) values ($1, $2, $3) on conflict (id) do nothing")
                .execute(Tuple.of(id, type.name(), name)).replaceWithVoid();
    }

    public Uni<Void> membership(SqlClient sql, UUID districtId, UUID consortiumId) {
        return sql.preparedQuery("insert into known_membership (district_id, consortium_id) values ($1, $2)"
                + " on conflict do nothing").execute(Tuple.of(districtId, consortiumId)).replaceWithVoid();
    }

    public Uni<Void> product(SqlClient sql, UUID id, UUID vendorId, String name) {
        return sql.preparedQuery("insert into known_product (id, vendor_id, name) values ($1, $2, $3)"
                        + " on conflict (id) do update set vendor_id = excluded.vendor_id,"
                        + " name = coalesce(nullif(excluded.name, ''), known_product.name)")
                .execute(Tuple.of(id, vendorId, name == null ? "" : name)).replaceWithVoid();
    }

    /**
     * A person as an account event or their own token describes them. Events and tokens may arrive in any
     * order; the latest description wins, and a deactivated person stays inactive until an event says else.
     */
    public Uni<Void> person(SqlClient sql, String personId, OrganisationType type, UUID organisationId, String email,
            Collection<String> roles, boolean active, Instant at) {
        return sql.preparedQuery("insert into known_person (person_id, organisation_type, organisation_id, email, roles,"
                        + " active, updated_at) values ($1, $2, $3, $4, $5, $6, $7) on conflict (person_id) do update set"
                        + " organisation_type = excluded.organisation_type, organisation_id = excluded.organisation_id,"
                        + " email = excluded.email, roles = excluded.roles, active = excluded.active,"
                        + " updated_at = excluded.updated_at where known_person.updated_at <= excluded.updated_at")
                .execute(Tuple.tuple().addString(personId).addString(type == null ? null : type.name())
                        .addUUID(organisationId).addString(email).addArrayOfString(roles.toArray(String[]::new))
                        .addBoolean(active).addOffsetDateTime(at.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** A person seen through their own token: recorded unless an account event deactivated them. */
    public Uni<Void> seen(SqlClient sql, String personId, OrganisationType type, UUID organisationId, String email,
            Collection<String> roles) {
        return sql.preparedQuery("insert into known_person (person_id, organisation_type, organisation_id, email, roles,"
                        + " active, updated_at) values ($1, $2, $3, $4, $5, true, now()) on conflict (person_id) do update set"
                        + " organisation_type = excluded.organisation_type, organisation_id = excluded.organisation_id,"
                        + " email = excluded.email, roles = excluded.roles"
                        + " where known_person.active and (known_person.email is distinct from excluded.email"
                        + " or known_person.roles is distinct from excluded.roles"
                        + " or known_person.organisation_id is distinct from excluded.organisation_id)")
                .execute(Tuple.tuple().addString(personId).addString(type == null ? null : type.name())
                        .addUUID(organisationId).addString(email).addArrayOfString(roles.toArray(String[]::new)))
                .replaceWithVoid();
    }

    /** An agreement with its parties and products; its status changes with later events. */
    public Uni<Void> agreement(SqlClient sql, UUID id, UUID vendorId, UUID districtId, UUID consortiumId, UUID originId,
            boolean generalOffer, String status, List<AgreementProduct> products) {
        List<Tuple> productRows = new ArrayList<>();
        for (AgreementProduct product : products == null ? List.<AgreementProduct>of() : products) {
            productRows.add(Tuple.of(id, product.productId(), product.name() == null ? "" : product.name()));
        }
        Uni<Void> agreement = sql.preparedQuery("insert into known_agreement (id, vendor_id, district_id, consortium_id,"
                        + " origin_id, general_offer, status, updated_at) values ($1, $2, $3, $4, $5, $6, $7, now())"
                        + " on conflict (id) do update set status = excluded.status,"
                        + " district_id = coalesce(excluded.district_id, known_agreement.district_id),"
                        + " consortium_id = coalesce(excluded.consortium_id, known_agreement.consortium_id),"
                        + " general_offer = excluded.general_offer, updated_at = now()")
                .execute(Tuple.tuple().addUUID(id).addUUID(vendorId).addUUID(districtId).addUUID(consortiumId)
                        .addUUID(originId).addBoolean(generalOffer).addString(status))
                .replaceWithVoid();
        if (productRows.isEmpty()) {
            return agreement;
        }
        return agreement.chain(() -> sql.preparedQuery("insert into known_agreement_product (agreement_id, product_id, name)"
                + " values ($1, $2, $3) on conflict (agreement_id, product_id) do update set name = excluded.name")
                .executeBatch(productRows)).replaceWithVoid();
    }

    public Uni<Void> agreementStatus(SqlClient sql, UUID id, String status) {
        return sql.preparedQuery("update known_agreement set status = $2, updated_at = now() where id = $1")
                .execute(Tuple.of(id, status)).replaceWithVoid();
    }

    public Uni<Void> negotiation(SqlClient sql, UUID id, UUID consortiumId, UUID vendorId) {
        return sql.preparedQuery("insert into known_negotiation (id, consortium_id, vendor_id) values ($1, $2, $3)"
                + " on conflict do nothing").execute(Tuple.of(id, consortiumId, vendorId)).replaceWithVoid();
    }

    // ---- reads

    /** Names of the organisations and products among {@code ids} that the service knows. */
    public Uni<Map<UUID, String>> names(SqlClient sql, Collection<UUID> ids) {
        UUID[] array = ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(UUID[]::new);
        if (array.length == 0) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.preparedQuery("select id, name from known_organisation where id = any($1)"
                        + " union all select id, name from known_product where id = any($1)")
                .execute(Tuple.tuple().addArrayOfUUID(array)).map(rows -> {
                    Map<UUID, String> names = new HashMap<>();
                    rows.forEach(row -> names.put(row.getUUID("id"), row.getString("name")));
                    return names;
                });
    }

    public Uni<Optional<Facts.AgreementParties>> agreement(SqlClient sql, UUID id) {
        return sql.preparedQuery("select a.id, a.vendor_id, a.district_id, a.consortium_id, a.general_offer, a.origin_id,"
                        + " coalesce(array_agg(p.name order by p.name) filter (where p.name is not null), '{}') as products"
                        + " from known_agreement a left join known_agreement_product p on p.agreement_id = a.id"
                        + " where a.id = $1 group by a.id")
                .execute(Tuple.of(id)).map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new Facts.AgreementParties(row.getUUID("id"), row.getUUID("vendor_id"),
                            row.getUUID("district_id"), row.getUUID("consortium_id"), row.getBoolean("general_offer"),
                            row.getUUID("origin_id"), new ArrayList<>(new LinkedHashSet<>(List.of(row.getArrayOfStrings("products"))))));
                });
    }

    public Uni<Set<UUID>> consortiaOf(SqlClient sql, UUID districtId) {
        return sql.preparedQuery("select consortium_id from known_membership where district_id = $1")
                .execute(Tuple.of(districtId)).map(rows -> {
                    Set<UUID> ids = new LinkedHashSet<>();
                    rows.forEach(row -> ids.add(row.getUUID(0)));
                    return ids;
                });
    }

    /** The districts holding an agreement in force that covers the product (adoptions included). */
    public Uni<Set<UUID>> holdersOf(SqlClient sql, UUID productId) {
        return sql.preparedQuery("select distinct a.district_id from known_agreement a"
                        + " join known_agreement_product p on p.agreement_id = a.id"
                        + " where p.product_id = $1 and a.status = any($2) and a.district_id is not null")
                .execute(Tuple.tuple().addUUID(productId).addArrayOfString(IN_FORCE.toArray(String[]::new))).map(rows -> {
                    Set<UUID> ids = new LinkedHashSet<>();
                    rows.forEach(row -> ids.add(row.getUUID(0)));
                    return ids;
                });
    }

    public Uni<Optional<Facts.NegotiationSides>> negotiation(SqlClient sql, UUID id) {
        return sql.preparedQuery("select id, consortium_id, vendor_id from known_negotiation where id = $1")
                .execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next())
                        .map(row -> new Facts.NegotiationSides(row.getUUID(0), row.getUUID(1), row.getUUID(2))));
    }

    public Uni<Optional<UUID>> vendorOfProduct(SqlClient sql, UUID productId) {
        return sql.preparedQuery("select vendor_id from known_product where id = $1").execute(Tuple.of(productId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
    }

    public Uni<Boolean> knowsOrganisation(SqlClient sql, UUID id, OrganisationType type) {
        return sql.preparedQuery("select 1 from known_organisation where id = $1 and type = $2")
                .execute(Tuple.of(id, type.name())).map(rows -> rows.size() > 0);
    }

    public Uni<Boolean> knowsProduct(SqlClient sql, UUID id) {
        return sql.preparedQuery("select 1 from known_product where id = $1").execute(Tuple.of(id)).map(rows -> rows.size() > 0);
    }

    /** The active people with an address who belong to the audience. */
    public Uni<List<Recipient>> recipients(SqlClient sql, Audience audience) {
        Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> rows;
        if (audience.isPerson()) {
            rows = sql.preparedQuery("select person_id, email from known_person where person_id = $1 and active"
                    + " and email is not null").execute(Tuple.of(audience.personId()));
        } else {
            rows = sql.preparedQuery("select person_id, email from known_person where active and email is not null"
                            + " and organisation_type = $1 and ($2::uuid is null or organisation_id = $2)"
                            + " and (cardinality($3::text[]) = 0 or roles && $3::text[]) order by person_id limit 5000")
                    .execute(Tuple.tuple().addString(audience.organisationType().name()).addUUID(audience.organisationId())
                            .addArrayOfString(audience.roleList().toArray(String[]::new)));
        }
        return rows.map(set -> {
            List<Recipient> recipients = new ArrayList<>();
            set.forEach(row -> recipients.add(new Recipient(row.getString(0), row.getString(1))));
            return recipients;
        });
    }
}
