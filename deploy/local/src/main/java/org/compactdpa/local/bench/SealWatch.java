package org.compactdpa.local.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Watches the seal queue of the running stack's signatures database, read-only, as the service's own
 * role: how many seals are pending, and when each of a set of agreements was sealed.
 */
final class SealWatch {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    SealWatch(RunningStack stack, String user, String password) {
        this.jdbcUrl = stack.jdbcUrl("signatures");
        this.user = user;
        this.password = password;
    }

    long pending() {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from sealed_document where status = 'PENDING'"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the seal queue: " + e.getMessage(), e);
        }
    }

    /** Waits until nothing is pending, at most {@code maxSeconds}; answers the seconds waited, or -1 on timeout. */
    double awaitDrained(int maxSeconds) {
        long start = System.nanoTime();
        while (pending() > 0) {
            if (System.nanoTime() - start > maxSeconds * 1_000_000_000L) {
                return -1;
            }
            BenchCooperative.sleep(250);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** When each of the agreements was sealed; those still pending are missing. */
    Map<UUID, Instant> sealedAt(List<String> agreementIds) {
        Map<UUID, Instant> sealed = new HashMap<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select agreement_id, sealed_at from sealed_document where status = 'SEALED' and agreement_id = any(?)")) {
            Array ids = c.createArrayOf("uuid", agreementIds.stream().map(UUID::fromString).toArray());
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp at = r.getTimestamp(2);
                    sealed.put(r.getObject(1, UUID.class), at.toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the seal queue: " + e.getMessage(), e);
        }
        return sealed;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
