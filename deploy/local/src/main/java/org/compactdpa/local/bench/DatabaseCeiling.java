package org.compactdpa.local.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database alone allows for an adoption-shaped transaction: an agreement row, an evidence
 * row and an outbox row committed together, into the signatures schema itself (its indexes, its
 * outbox trigger), by a JDBC loop on many connections. Every other figure reads as a share of it.
 */
final class DatabaseCeiling {

    /** Commits per second and how many failed. */
    record Ceiling(int threads, double seconds, long commits, long failures) {

        double perSecond() {
            return commits / seconds;
        }
    }

    interface Connections {
        Connection open() throws SQLException;
    }

    private static final String DOCUMENT = "Exhibit E: adoption of the general offer. ".repeat(50);
    private static final String PAYLOAD = "{\"specversion\":\"1.0\",\"data\":\"" + "x".repeat(900) + "\"}";

    static Ceiling measure(Connections connections, int threads, int seconds) throws Exception {
        UUID terms;
        try (Connection c = connections.open(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id from known_terms limit 1")) {
            if (!r.next()) {
                throw new IllegalStateException("The ceiling needs one known_terms row");
            }
            terms = r.getObject(1, UUID.class);
        }
        AtomicLong commits = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<Void>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<Void> loop = () -> {
                try (Connection c = connections.open()) {
                    c.setAutoCommit(false);
                    try (PreparedStatement agreement = c.prepareStatement(AGREEMENT);
                         PreparedStatement evidence = c.prepareStatement(EVIDENCE);
                         PreparedStatement outbox = c.prepareStatement(OUTBOX)) {
                        while (System.nanoTime() < end) {
                            try {
                                once(agreement, evidence, outbox, terms);
                                c.commit();
                                commits.incrementAndGet();
                            } catch (SQLException e) {
                                c.rollback();
                                failures.incrementAndGet();
                            }
                        }
                    }
                }
                return null;
            };
            futures.add(pool.submit(loop));
        }
        for (Future<Void> future : futures) {
            future.get();
        }
        pool.shutdown();
        return new Ceiling(threads, (System.nanoTime() - start) / 1e9, commits.get(), failures.get());
    }

    private static final String AGREEMENT = "insert into agreement (id, kind, terms_id, terms_hash, classification,"
            + " vendor_id, vendor_name, district_id, district_name, consortium_id, state, general_offer, status, document,"
            + " document_hash, effective_on, expires_on, search_text, created_at, created_by, updated_at)"
            + " values (?, 'ADOPTION', ?, ?, 'STANDARD', ?, 'Ceiling Vendor', ?, 'Ceiling District', ?, 'MA', false,"
            + " 'EXECUTED', ?, ?, current_date, current_date + 1095, 'ceiling vendor ceiling district', ?, 'ceiling', ?)";
    private static final String EVIDENCE = "insert into evidence_entry (agreement_id, seq, type, occurred_at, actor_subject,"
            + " actor_name, actor_role, actor_org_id, ip, user_agent, document_hash, details, previous_hash, entry_hash)"
            + " values (?, 1, 'ADOPTED', ?, 'ceiling', 'Ceiling Signer', 'district-signer', ?, '127.0.0.1', 'bench', ?,"
            + " 'Adopted the general offer', ?, ?)";
    private static final String OUTBOX = "insert into outbox_event (id, topic, event_type, aggregate_id, payload, occurred_at)"
            + " values (?, 'compact.agreements', 'org.compactdpa.agreement.adopted.v1', ?, ?, ?)";

    private static void once(PreparedStatement agreement, PreparedStatement evidence, PreparedStatement outbox, UUID terms)
            throws SQLException {
        UUID id = UUID.randomUUID();
        UUID district = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        String hash = String.format("%064x", id.getLeastSignificantBits() & Long.MAX_VALUE);
        agreement.setObject(1, id);
        agreement.setObject(2, terms);
        agreement.setString(3, hash);
        agreement.setObject(4, UUID.randomUUID());
        agreement.setObject(5, district);
        agreement.setObject(6, UUID.randomUUID());
        agreement.setString(7, DOCUMENT);
        agreement.setString(8, hash);
        agreement.setTimestamp(9, now);
        agreement.setTimestamp(10, now);
        agreement.executeUpdate();
        evidence.setObject(1, id);
        evidence.setTimestamp(2, now);
        evidence.setObject(3, district);
        evidence.setString(4, hash);
        evidence.setString(5, "0".repeat(64));
        evidence.setString(6, hash);
        evidence.executeUpdate();
        outbox.setObject(1, UUID.randomUUID());
        outbox.setString(2, id.toString());
        outbox.setString(3, PAYLOAD);
        outbox.setTimestamp(4, now);
        outbox.executeUpdate();
    }
}
