package org.compactdpa.notices.webhooks;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.notices.inbox.Notifier;
import org.compactdpa.notices.rules.Audience;
import org.compactdpa.notices.rules.Draft;
import org.compactdpa.notices.rules.NoticeKind;
import org.compactdpa.notices.rules.RetryDelays;

/**
 * Delivers what is due, a batch at a time: each delivery is claimed by moving its next attempt a lease
 * ahead, its URL's host is resolved and every address checked again ({@link WebhookAddresses}), and the
 * request goes to the checked address itself, so a name that resolves elsewhere a moment later changes
 * nothing. No redirect is followed. A 2xx answer delivers; anything else waits the next retry delay, and
 * after the last one the delivery is FAILED (replayable). An endpoint failing without a single success
 * for longer than {@code disable-after} is disabled and its administrators are told.
 */
@ApplicationScoped
public class WebhookSender {

    private static final String CLAIM = "with due as (select d.id from webhook_delivery d"
            + " join webhook_endpoint e on e.id = d.endpoint_id"
            + " where d.status = 'PENDING' and d.next_attempt_at <= now() and e.status = 'ACTIVE'"
            + " order by d.next_attempt_at limit $1 for update of d skip locked),"
            + " claimed as (update webhook_delivery d set attempts = d.attempts + 1,"
            + " next_attempt_at = now() + interval '2 minutes' from due where d.id = due.id"
            + " returning d.id, d.endpoint_id, d.payload, d.attempts)"
            + " select c.id, c.endpoint_id, c.payload, c.attempts, e.url, e.secret from claimed c"
            + " join webhook_endpoint e on e.id = c.endpoint_id";
    private static final String DELIVERED = "with delivered as (update webhook_delivery set status = 'DELIVERED',"
            + " delivered_at = now(), last_status_code = $2, last_error = null where id = $1 returning endpoint_id)"
            + " update webhook_endpoint set failing_since = null where id = (select endpoint_id from delivered)";
    private static final String FAILED = "update webhook_delivery set status = case when attempts >= $2 then 'FAILED'"
            + " else 'PENDING' end, next_attempt_at = now() + make_interval(secs => $3), last_status_code = $4,"
            + " last_error = $5 where id = $1";
    /** The endpoint starts failing (if it was not already) and is disabled once it has failed too long. */
    private static final String FAILING = "update webhook_endpoint set failing_since = coalesce(failing_since, now()),"
            + " status = case when failing_since < now() - make_interval(secs => $2) then 'DISABLED' else status end,"
            + " disabled_at = case when failing_since < now() - make_interval(secs => $2) then now() else disabled_at end"
            + " where id = $1 and status = 'ACTIVE'"
            + " returning status, organisation_type, organisation_id, url, disabled_at";

    private final Pool pool;
    private final HttpClient client;
    private final WebhookSettings settings;
    private final WebhookAddresses addresses;
    private final RetryDelays delays;
    private final Notifier notifier;

    public WebhookSender(Pool pool, Vertx vertx, WebhookSettings settings, Notifier notifier) {
        this.pool = pool;
        this.settings = settings;
        this.notifier = notifier;
        this.addresses = new WebhookAddresses(settings.requireHttps(), settings.allowLoopback());
        this.delays = RetryDelays.parse(settings.retryDelays());
        int timeout = (int) settings.timeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(timeout)
                .setIdleTimeout(timeout).setIdleTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
                .setKeepAlive(false).setForceSni(true).setVerifyHost(true).setMaxPoolSize(8));
    }

    void close(@Observes ShutdownEvent event) {
        client.closeAndForget();
    }

    @Scheduled(every = "${compact.notices.webhooks.interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverDue() {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(settings.batch())).chain(rows -> {
            List<Row> claimed = new ArrayList<>();
            rows.forEach(claimed::add);
            return Multi.createFrom().iterable(claimed).onItem().transformToUniAndMerge(this::deliver).collect().last();
        }).replaceWithVoid().onFailure().recoverWithItem(failure -> {
            Log.warnf("Webhook round failed: %s", failure.getMessage());
            return null;
        });
    }

    /** What one attempt came to: a status code, or the reason no answer came. */
    record Outcome(Integer statusCode, String error) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private Uni<Void> deliver(Row row) {
        UUID id = row.getUUID("id");
        UUID endpoint = row.getUUID("endpoint_id");
        int attempts = row.getInteger("attempts");
        return attempt(id, row.getString("url"), row.getString("secret"), row.getString("payload"))
                .onFailure().recoverWithItem(failure -> new Outcome(null, describe(failure)))
                .chain(outcome -> outcome.delivered()
                        ? pool.preparedQuery(DELIVERED).execute(Tuple.of(id, outcome.statusCode())).replaceWithVoid()
                        : failed(id, endpoint, attempts, outcome));
    }

    private Uni<Outcome> attempt(UUID id, String url, String secret, String payload) {
        return Uni.createFrom().item(() -> {
            try {
                URI uri = addresses.parse(url);
                return new Target(uri, addresses.resolve(uri, WebhookAddresses.SYSTEM).get(0));
            } catch (WebhookAddresses.Refused refused) {
                throw new IllegalStateException("address refused: the address " + refused.getMessage());
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).chain(target -> {
            long timestamp = Instant.now().getEpochSecond();
            boolean https = "https".equalsIgnoreCase(target.uri().getScheme());
            int port = target.uri().getPort() > 0 ? target.uri().getPort() : https ? 443 : 80;
            String path = (target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/" : target.uri().getRawPath())
                    + (target.uri().getRawQuery() == null ? "" : "?" + target.uri().getRawQuery());
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(target.uri().getHost())
                    .setPort(port).setURI(path).setSsl(https).setFollowRedirects(false)
                    .setServer(SocketAddress.inetSocketAddress(port, target.address().getHostAddress()))
                    .setTimeout(settings.timeout().toMillis())
                    .putHeader("content-type", "application/cloudevents+json; charset=utf-8")
                    .putHeader("user-agent", "Compact-Webhooks/1")
                    .putHeader("webhook-id", id.toString())
                    .putHeader("webhook-timestamp", String.valueOf(timestamp))
                    .putHeader("webhook-signature", WebhookSignature.sign(secret, id.toString(), timestamp, payload));
            return client.request(options).chain(request -> request.send(Buffer.buffer(payload)))
                    .map(response -> {
                        int status = response.statusCode();
                        // The answer's body is never read: a hostile endpoint cannot make us hold it.
                        response.request().connection().close();
                        return new Outcome(status, status >= 200 && status < 300 ? null : "answered " + status);
                    });
        });
    }

    private record Target(URI uri, InetAddress address) {
    }

    private Uni<Void> failed(UUID id, UUID endpoint, int attempts, Outcome outcome) {
        double wait = delays.after(attempts).toMillis() / 1000.0;
        return pool.preparedQuery(FAILED).execute(Tuple.of(id, delays.attempts(), wait, outcome.statusCode(), outcome.error()))
                .chain(() -> pool.withTransaction(sql -> sql.preparedQuery(FAILING)
                        .execute(Tuple.of(endpoint, (double) settings.disableAfter().toSeconds()))
                        .chain(rows -> {
                            if (rows.size() == 0 || !"DISABLED".equals(rows.iterator().next().getString("status"))) {
                                return Uni.createFrom().voidItem();
                            }
                            Row disabled = rows.iterator().next();
                            OrganisationType type = OrganisationType.valueOf(disabled.getString("organisation_type"));
                            Draft draft = new Draft(NoticeKind.WEBHOOK_DISABLED,
                                    Audience.administratorsOf(type, disabled.getUUID("organisation_id")),
                                    "A webhook endpoint was disabled after failing for too long",
                                    "No delivery to " + disabled.getString("url") + " has succeeded for more than "
                                            + settings.disableAfter().toDays() + " days. Fix the endpoint, enable it again and"
                                            + " replay the deliveries you need.",
                                    "/webhooks/" + endpoint);
                            String eventId = "webhook-disabled:" + endpoint + ":" + disabled.getOffsetDateTime("disabled_at").toEpochSecond();
                            Log.warnf("Webhook endpoint %s disabled after failing since more than %s", endpoint, settings.disableAfter());
                            return notifier.publish(sql, eventId, "compact.notices.webhook-disabled", List.of(draft)).replaceWithVoid();
                        })));
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = message == null ? failure.getClass().getSimpleName() : message;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
