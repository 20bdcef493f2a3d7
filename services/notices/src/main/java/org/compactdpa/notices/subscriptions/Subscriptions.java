package org.compactdpa.notices.subscriptions;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.notices.directory.Directory;
import org.compactdpa.notices.rules.Audience;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A district (its people) or a consortium (its coordinators) following a vendor or a product: told of its
 * declaration, subprocessor, agreement and offer changes whether or not it holds an agreement.
 */
@ApplicationScoped
public class Subscriptions {

    private static final String COLUMNS = "select s.id, s.target_type, s.target_id, s.created_at, s.created_by,"
            + " coalesce(o.name, p.name) as target_name from subscription s"
            + " left join known_organisation o on s.target_type = 'VENDOR' and o.id = s.target_id"
            + " left join known_product p on s.target_type = 'PRODUCT' and p.id = s.target_id";

    private final Pool pool;
    private final Directory directory;
    private final int maxPerOrganisation;

    public Subscriptions(Pool pool, Directory directory,
            @ConfigProperty(name = "compact.notices.subscriptions.max-per-organisation") int maxPerOrganisation) {
        this.pool = pool;
        this.directory = directory;
        this.maxPerOrganisation = maxPerOrganisation;
    }

    public Uni<Page<SubscriptionView>> list(OrganisationType type, UUID organisationId, PageRequest page) {
        return pool.preparedQuery(COLUMNS + " where s.organisation_type = $1 and s.organisation_id = $2"
                        + " order by s.created_at desc, s.id limit $3 offset $4")
                .execute(Tuple.of(type.name(), organisationId, page.size, (long) page.page * page.size))
                .chain(rows -> pool.preparedQuery("select count(*) from subscription where organisation_type = $1"
                                + " and organisation_id = $2").execute(Tuple.of(type.name(), organisationId))
                        .map(count -> new Page<>(views(rows), page.page, page.size, count.iterator().next().getLong(0))));
    }

    public Uni<SubscriptionView> subscribe(OrganisationType type, UUID organisationId, String by, SubscriptionInput input) {
        return pool.withTransaction(sql -> known(sql, input)
                .chain(() -> sql.preparedQuery("select count(*) from subscription where organisation_id = $1 for update")
                        .execute(Tuple.of(organisationId)))
                .chain(count -> {
                    if (count.iterator().next().getLong(0) >= maxPerOrganisation) {
                        throw ProblemException.unprocessable("targetId", "An organisation follows at most " + maxPerOrganisation
                                + " vendors and products; remove one first");
                    }
                    UUID id = UUID.randomUUID();
                    return sql.preparedQuery("insert into subscription (id, organisation_type, organisation_id, target_type,"
                                    + " target_id, created_by, created_at) values ($1, $2, $3, $4, $5, $6, now())"
                                    + " on conflict (organisation_id, target_type, target_id) do nothing returning id")
                            .execute(Tuple.of(id, type.name(), organisationId, input.targetType().name(), input.targetId(), by))
                            .chain(inserted -> {
                                if (inserted.size() == 0) {
                                    throw ProblemException.conflict("Your organisation already follows this "
                                            + input.targetType().name().toLowerCase());
                                }
                                return sql.preparedQuery(COLUMNS + " where s.id = $1").execute(Tuple.of(id))
                                        .map(rows -> views(rows).get(0));
                            });
                }));
    }

    public Uni<Void> unsubscribe(UUID organisationId, UUID id) {
        return pool.preparedQuery("delete from subscription where id = $1 and organisation_id = $2")
                .execute(Tuple.of(id, organisationId)).map(deleted -> {
                    if (deleted.rowCount() == 0) {
                        throw ProblemException.notFound("Subscription", id);
                    }
                    return null;
                });
    }

    /** Who follows the vendor or any of the products: everyone at each such organisation (coordinators for a consortium). */
    public Uni<List<Audience>> subscribersOf(SqlClient sql, UUID vendorId, Collection<UUID> productIds) {
        UUID[] products = productIds.stream().filter(java.util.Objects::nonNull).toArray(UUID[]::new);
        return sql.preparedQuery("select distinct organisation_type, organisation_id from subscription"
                        + " where (target_type = 'VENDOR' and target_id = $1) or (target_type = 'PRODUCT' and target_id = any($2))"
                        + " limit 5000")
                .execute(Tuple.tuple().addUUID(vendorId).addArrayOfUUID(products)).map(rows -> {
                    List<Audience> audiences = new ArrayList<>();
                    rows.forEach(row -> {
                        OrganisationType type = OrganisationType.valueOf(row.getString(0));
                        UUID id = row.getUUID(1);
                        audiences.add(type == OrganisationType.CONSORTIUM ? Audience.coordinatorsOf(id) : Audience.everyoneAt(type, id));
                    });
                    return audiences;
                });
    }

    private Uni<Void> known(SqlClient sql, SubscriptionInput input) {
        Uni<Boolean> known = input.targetType() == TargetType.VENDOR
                ? directory.knowsOrganisation(sql, input.targetId(), OrganisationType.VENDOR)
                : directory.knowsProduct(sql, input.targetId());
        return known.map(found -> {
            if (!found) {
                throw ProblemException.unprocessable("targetId", "No " + input.targetType().name().toLowerCase()
                        + " with this id is registered on the platform");
            }
            return null;
        });
    }

    private static List<SubscriptionView> views(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<SubscriptionView> views = new ArrayList<>();
        rows.forEach(row -> views.add(new SubscriptionView(row.getUUID("id"), TargetType.valueOf(row.getString("target_type")),
                row.getUUID("target_id"), row.getString("target_name"), row.getOffsetDateTime("created_at"),
                row.getString("created_by"))));
        return views;
    }
}
