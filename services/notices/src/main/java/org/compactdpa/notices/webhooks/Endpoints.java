package org.compactdpa.notices.webhooks;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.notices.rules.NoticeRules;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/** An organisation's webhook endpoints: registered with a secret shown once, listed, removed, enabled again. */
@ApplicationScoped
public class Endpoints {

    private static final String COLUMNS = "select id, url, event_types, description, status, created_at, created_by,"
            + " failing_since, disabled_at from webhook_endpoint";

    private final Pool pool;
    private final WebhookSettings settings;
    private final WebhookAddresses addresses;
    private final WebhookAddresses.Resolver resolver = WebhookAddresses.SYSTEM;

    public Endpoints(Pool pool, WebhookSettings settings) {
        this.pool = pool;
        this.settings = settings;
        this.addresses = new WebhookAddresses(settings.requireHttps(), settings.allowLoopback());
    }

    public Uni<EndpointView> register(String organisationType, UUID organisationId, String by, EndpointInput input) {
        Set<String> types = new LinkedHashSet<>(input.eventTypes());
        List<String> known = NoticeRules.eventTypes();
        for (String type : types) {
            if (!known.contains(type)) {
                throw ProblemException.unprocessable("eventTypes", "Unknown event type " + clip(type)
                        + "; GET /api/webhook-event-types lists them");
            }
        }
        return check(input.url()).chain(uri -> pool.withTransaction(sql -> sql
                .preparedQuery("select count(*) from webhook_endpoint where organisation_id = $1")
                .execute(Tuple.of(organisationId)).chain(count -> {
                    if (count.iterator().next().getLong(0) >= settings.maxPerOrganisation()) {
                        throw ProblemException.unprocessable("url", "An organisation has at most "
                                + settings.maxPerOrganisation() + " webhook endpoints; remove one first");
                    }
                    UUID id = UUID.randomUUID();
                    String secret = WebhookSignature.newSecret();
                    return sql.preparedQuery("insert into webhook_endpoint (id, organisation_type, organisation_id, url,"
                                    + " event_types, description, secret, status, created_by, created_at)"
                                    + " values ($1, $2, $3, $4, $5, $6, $7, 'ACTIVE', $8, now())")
                            .execute(Tuple.tuple().addUUID(id).addString(organisationType).addUUID(organisationId)
                                    .addString(uri.toString()).addArrayOfString(types.toArray(String[]::new))
                                    .addString(input.description()).addString(secret).addString(by))
                            .chain(() -> sql.preparedQuery(COLUMNS + " where id = $1").execute(Tuple.of(id)))
                            .map(rows -> views(rows).get(0).withSecret(secret));
                })));
    }

    public Uni<Page<EndpointView>> list(UUID organisationId, PageRequest page) {
        return pool.preparedQuery(COLUMNS + " where organisation_id = $1 order by created_at desc, id limit $2 offset $3")
                .execute(Tuple.of(organisationId, page.size, (long) page.page * page.size))
                .chain(rows -> pool.preparedQuery("select count(*) from webhook_endpoint where organisation_id = $1")
                        .execute(Tuple.of(organisationId))
                        .map(count -> new Page<>(views(rows), page.page, page.size, count.iterator().next().getLong(0))));
    }

    public Uni<EndpointView> one(UUID organisationId, UUID id) {
        return pool.preparedQuery(COLUMNS + " where id = $1 and organisation_id = $2").execute(Tuple.of(id, organisationId))
                .map(rows -> {
                    List<EndpointView> views = views(rows);
                    if (views.isEmpty()) {
                        throw ProblemException.notFound("Webhook endpoint", id);
                    }
                    return views.get(0);
                });
    }

    public Uni<Void> remove(UUID organisationId, UUID id) {
        return pool.preparedQuery("delete from webhook_endpoint where id = $1 and organisation_id = $2")
                .execute(Tuple.of(id, organisationId)).map(deleted -> {
                    if (deleted.rowCount() == 0) {
                        throw ProblemException.notFound("Webhook endpoint", id);
                    }
                    return null;
                });
    }

    /** A disabled endpoint takes deliveries again; its failure clock starts afresh. */
    public Uni<Void> enable(UUID organisationId, UUID id) {
        return one(organisationId, id).chain(found -> pool.preparedQuery("update webhook_endpoint set status = 'ACTIVE',"
                + " failing_since = null, disabled_at = null where id = $1").execute(Tuple.of(id))).replaceWithVoid();
    }

    /** The URL's form and every address its host resolves to, on a worker thread (name resolution blocks). */
    private Uni<URI> check(String url) {
        return Uni.createFrom().item(() -> {
            try {
                URI uri = addresses.parse(url);
                addresses.resolve(uri, resolver);
                return uri;
            } catch (WebhookAddresses.Refused refused) {
                throw ProblemException.unprocessable("url", "The address " + refused.getMessage());
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static List<EndpointView> views(RowSet<Row> rows) {
        List<EndpointView> views = new ArrayList<>();
        rows.forEach(row -> views.add(new EndpointView(row.getUUID("id"), row.getString("url"),
                List.of(row.getArrayOfStrings("event_types")), row.getString("description"), row.getString("status"),
                row.getOffsetDateTime("created_at"), row.getString("created_by"), row.getOffsetDateTime("failing_since"),
                row.getOffsetDateTime("disabled_at"), null)));
        return views;
    }

    private static String clip(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
