package org.compactdpa.signatures.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.signatures.agreements.AgreementKind;
import org.compactdpa.signatures.agreements.AgreementProduct;
import org.compactdpa.signatures.agreements.AgreementView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a registry search in plain SQL: the page with its products and signatures, and the count of
 * matches up to {@link RegistryQuery#COUNT_CAP} past the page's start, in one statement.
 *
 * <p>Statements are prepared once per connection and kept, and PostgreSQL would then switch to a
 * generic plan after five executions: one plan for every value, chosen for an average selectivity.
 * For the registry that is wrong both ways (a data element on most products, a vendor with three
 * agreements), so the searches run on a small pool of their own whose sessions ask for plans made for
 * each execution's values (planning one page costs a fraction of a millisecond) and no parallel
 * workers. The settings travel in each connection's start-up message: a search is one round trip,
 * without a transaction around it to set them.
 */
@ApplicationScoped
public class RegistrySearch {

    /**
     * The sessions' settings: plans made for each search's values, and no parallel workers (starting
     * them costs more than a page that stops after a few dozen rows, and a busy service has no idle
     * cores to give them).
     */
    static final Map<String, String> SESSION = Map.of(
            "plan_cache_mode", "force_custom_plan",
            "max_parallel_workers_per_gather", "0");

    private final Pool pool;
    private final ObjectMapper json;

    public RegistrySearch(Vertx vertx, ObjectMapper json,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "compact.registry.connections", defaultValue = "8") int connections) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password).setCachePreparedStatements(true);
        SESSION.forEach(options::addProperty);
        this.pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(connections).setName("registry"))
                .connectingTo(options)
                .using(vertx)
                .build();
        this.json = json;
    }

    @PreDestroy
    void close() {
        pool.closeAndAwait();
    }

    /** The registry's own pool, for tests that look at its sessions. */
    Pool pool() {
        return pool;
    }

    /** One page: {@code page * size} agreements skipped, or those up to and including {@code after} when it is given. */
    public Uni<RegistryPage> page(RegistryQuery query, RegistryCursor after, int page, int size) {
        int offset = after == null ? page * size : 0;
        return pool.withConnection(connection -> execute(connection, query.page(after, offset, size))
                .flatMap(rows -> {
                    List<AgreementView> items = new ArrayList<>();
                    long matched = 0;
                    for (Row row : rows) {
                        items.add(view(row));
                        matched = row.getLong("matched");
                    }
                    if (items.isEmpty() && offset > 0) {
                        // A page number past the last match: every match lies before it, so they are all counted.
                        return execute(connection, query.count(offset + 1)).map(count -> new RegistryPage(List.of(),
                                page, size, count.iterator().next().getLong(0), true, false, null));
                    }
                    return Uni.createFrom().item(result(items, matched, offset, page, size));
                }));
    }

    /**
     * The page from its rows (the page's size and possibly one more) and the matches its walk found
     * (all of them, unless the walk stopped at its reach: then the total is a lower bound).
     */
    private static RegistryPage result(List<AgreementView> rows, long matched, int offset, int page, int size) {
        boolean hasMore = rows.size() > size;
        List<AgreementView> shown = hasMore ? rows.subList(0, size) : rows;
        String next = hasMore ? new RegistryCursor(shown.get(size - 1).createdAt(), shown.get(size - 1).id()).encode() : null;
        boolean exact = matched < RegistryQuery.reach(offset, size);
        long total = exact ? matched : matched - 1;
        return new RegistryPage(List.copyOf(shown), page, size, total, exact, hasMore, next);
    }

    private static Uni<RowSet<Row>> execute(SqlConnection connection, RegistryQuery.Statement statement) {
        return connection.preparedQuery(statement.sql()).execute(Tuple.from(statement.parameters()));
    }

    private AgreementView view(Row row) {
        AgreementKind kind = AgreementKind.valueOf(row.getString("kind"));
        return new AgreementView(row.getUUID("id"), kind, row.getUUID("origin_agreement_id"),
                AgreementStatus.valueOf(row.getString("status")), row.getUUID("terms_id"), row.getString("terms_hash"),
                row.getString("classification"), row.getUUID("vendor_id"), row.getString("vendor_name"),
                row.getUUID("district_id"), row.getString("district_name"), row.getUUID("consortium_id"),
                row.getString("state"), row.getBoolean("general_offer") && kind == AgreementKind.ORIGINAL,
                row.getBoolean("offer_withdrawn"), row.getString("document_hash"), row.getLocalDate("effective_on"),
                row.getLocalDate("expires_on"), null, products(row.getString("products")),
                signatures(row.getString("signatures")), row.getOffsetDateTime("created_at").toInstant());
    }

    private List<AgreementView.ProductLine> products(String lines) {
        List<AgreementView.ProductLine> products = new ArrayList<>();
        for (JsonNode line : tree(lines)) {
            products.add(new AgreementView.ProductLine(UUID.fromString(line.get(0).asText()), line.get(1).asText(),
                    AgreementProduct.elements(line.get(2).asText())));
        }
        return products;
    }

    private List<AgreementView.SignatureLine> signatures(String lines) {
        List<AgreementView.SignatureLine> signatures = new ArrayList<>();
        for (JsonNode line : tree(lines)) {
            signatures.add(new AgreementView.SignatureLine(line.get(0).asText(), line.get(1).isNull() ? null
                    : line.get(1).asText(), OffsetDateTime.parse(line.get(2).asText()).toInstant(), line.get(3).asText()));
        }
        return signatures;
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The registry's product or signature lines are not JSON: " + e.getMessage(), e);
        }
    }
}
