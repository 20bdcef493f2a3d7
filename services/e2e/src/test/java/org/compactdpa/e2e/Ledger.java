package org.compactdpa.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.e2e.Cooperative.Offer;
import org.compactdpa.local.PostgresServer;

/**
 * What the databases and the broker hold about a set of adoptions, read as the services' own role:
 * the adoptions signatures committed, the lines they gave the districts' public lists, the events
 * on the topic. Every count is per agreement id, so a double shows as a 2.
 */
final class Ledger {

    static final String ADOPTED = "org.compactdpa.agreement.adopted.v1";

    /** A committed adoption: its agreement, the offer it adopts and the adopting district. */
    record Adoption(UUID id, UUID offerId, UUID districtId) {
    }

    private final Platform platform;

    Ledger(Platform platform) {
        this.platform = platform;
    }

    /** Every adoption of these offers that signatures committed. */
    List<Adoption> adoptionsOf(Collection<Offer> offers) throws SQLException {
        List<Adoption> adoptions = new ArrayList<>();
        try (Connection db = connect("signatures"); PreparedStatement query = db.prepareStatement(
                "select id, origin_agreement_id, district_id from agreement where kind = 'ADOPTION'"
                        + " and origin_agreement_id = any(?)")) {
            query.setArray(1, db.createArrayOf("uuid", offers.stream().map(Offer::agreementId).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    adoptions.add(new Adoption(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class)));
                }
            }
        }
        return adoptions;
    }

    /** Per adoption, the public-list lines (districts' district_product) it decides: approved, adopted, the agreement's own. */
    Map<UUID, Long> publicListLines(Collection<Adoption> adoptions) throws SQLException {
        return countPer("districts", "select agreement_id, count(*) from district_product where agreement_id = any(?)"
                + " and relationship = 'ADOPTED' and status = 'APPROVED' group by agreement_id", ids(adoptions));
    }

    /** Per adoption, the products districts recorded it covers (agreement_coverage). */
    Map<UUID, Long> coverageRows(Collection<Adoption> adoptions) throws SQLException {
        return countPer("districts", "select agreement_id, count(*) from agreement_coverage where agreement_id = any(?)"
                + " group by agreement_id", ids(adoptions));
    }

    /**
     * Per adoption, the CloudEvents ids of its adopted records on compact.agreements. The outbox sends at
     * least once: a row sent just before a crash is sent again, as the same event (same id), which the
     * consumers' inbox skips. Two different ids for one adoption would be an adoption announced twice.
     */
    Map<UUID, List<String>> adoptedEvents(Collection<Adoption> adoptions) {
        Set<String> wanted = adoptions.stream().map(a -> a.id().toString()).collect(Collectors.toSet());
        return TopicReader.readAll(platform.stack.kafka().bootstrapServers(), "compact.agreements").stream()
                .filter(e -> ADOPTED.equals(e.type()) && wanted.contains(e.key()))
                .collect(Collectors.groupingBy(e -> UUID.fromString(e.key()),
                        Collectors.mapping(TopicReader.Event::id, Collectors.toList())));
    }

    /** Records beyond the first of each event (the same id sent again). */
    static long resent(Map<UUID, List<String>> events) {
        return events.values().stream().mapToLong(ids -> ids.size() - ids.stream().distinct().count()).sum();
    }

    /** Adoptions announced by more than one distinct event. */
    static long announcedTwice(Map<UUID, List<String>> events) {
        return events.values().stream().filter(ids -> ids.stream().distinct().count() > 1).count();
    }

    /**
     * Adoptions missing a part their one transaction writes: the district's signature, the product,
     * the pending or made seal, the ADOPTED evidence entry, the outbox event.
     */
    long halfWritten(Collection<Adoption> adoptions) throws SQLException {
        return count("signatures", "select count(*) from agreement a where a.id = any(?) and ("
                + " not exists (select 1 from signature s where s.agreement_id = a.id)"
                + " or not exists (select 1 from agreement_product p where p.agreement_id = a.id)"
                + " or not exists (select 1 from sealed_document d where d.agreement_id = a.id)"
                + " or not exists (select 1 from evidence_entry e where e.agreement_id = a.id and e.type = 'ADOPTED')"
                + " or not exists (select 1 from outbox_event o where o.aggregate_id = a.id::text"
                + " and o.event_type = '" + ADOPTED + "'))", ids(adoptions));
    }

    /** Per offer, the ADOPTED entries on its original's trail: one per adoption, written in the adoption's transaction. */
    Map<UUID, Long> adoptedEntries(Collection<Offer> offers) throws SQLException {
        return countPer("signatures", "select agreement_id, count(*) from evidence_entry where type = 'ADOPTED'"
                + " and agreement_id = any(?) group by agreement_id", offers.stream().map(Offer::agreementId).toList());
    }

    /** How many of the agreements have their sealed PDF stored. */
    long sealed(Collection<UUID> agreements) throws SQLException {
        return count("signatures", "select count(*) from sealed_document where status = 'SEALED' and agreement_id = any(?)",
                agreements);
    }

    /** Per adoption, its adopted events in signatures' outbox, and how many of them are still unpublished. */
    long[] outboxRows(Collection<Adoption> adoptions) throws SQLException {
        try (Connection db = connect("signatures"); PreparedStatement query = db.prepareStatement(
                "select count(*), count(*) filter (where published_at is null) from outbox_event"
                        + " where event_type = ? and aggregate_id = any(?)")) {
            query.setString(1, ADOPTED);
            query.setArray(2, db.createArrayOf("text", adoptions.stream().map(a -> a.id().toString()).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }

    /** Records on a dead-letter topic (compact.dlq.<service>): events a consumer gave up on. */
    int deadLetters(String service) {
        return TopicReader.readAll(platform.stack.kafka().bootstrapServers(), "compact.dlq." + service).size();
    }

    /** How many adoptions per (offer, district): more than one would be an adoption committed twice. */
    static Map<List<UUID>, Long> perOfferAndDistrict(Collection<Adoption> adoptions) {
        return adoptions.stream().collect(Collectors.groupingBy(a -> List.of(a.offerId(), a.districtId()),
                Collectors.counting()));
    }

    /** The number of entries of a value greater than one: doubles. */
    static long doubles(Map<?, Long> counts) {
        return counts.values().stream().filter(n -> n > 1).count();
    }

    long count(String database, String sql, Collection<UUID> ids) throws SQLException {
        try (Connection db = connect(database); PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Map<UUID, Long> countPer(String database, String sql, Collection<UUID> ids) throws SQLException {
        Map<UUID, Long> counts = new HashMap<>();
        try (Connection db = connect(database); PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    static List<UUID> ids(Collection<Adoption> adoptions) {
        return adoptions.stream().map(Adoption::id).toList();
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(platform.stack.postgres().jdbcUrl(database), PostgresServer.APP_USER,
                PostgresServer.APP_PASSWORD);
    }
}
