package org.compactdpa.obligations.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class EvidenceTrailTest {

    private static final UUID CASE = UUID.fromString("5b0c6a1e-0000-4000-8000-000000000001");
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void everyFieldAndTheLinkChangeTheHash() {
        String base = EvidenceTrail.hash(CASE, 1, "REPORTED", "sub", "Bo", null, AT, "details", EvidenceTrail.GENESIS);
        assertThat(base).hasSize(64).isEqualTo(EvidenceTrail.hash(CASE, 1, "REPORTED", "sub", "Bo", null, AT, "details",
                EvidenceTrail.GENESIS));
        assertThat(EvidenceTrail.hash(CASE, 2, "REPORTED", "sub", "Bo", null, AT, "details", EvidenceTrail.GENESIS)).isNotEqualTo(base);
        assertThat(EvidenceTrail.hash(CASE, 1, "REPORTED", "sub", "Bo", null, AT, "detail", EvidenceTrail.GENESIS)).isNotEqualTo(base);
        assertThat(EvidenceTrail.hash(CASE, 1, "REPORTED", "sub", "Bo", null, AT.plusMillis(1), "details", EvidenceTrail.GENESIS))
                .isNotEqualTo(base);
        assertThat(EvidenceTrail.hash(CASE, 1, "REPORTED", "sub", "Bo", null, AT, "details", "1".repeat(64))).isNotEqualTo(base);
    }

    /** Length prefixes: moving characters from one field to the next is another entry. */
    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        assertThat(EvidenceTrail.hash(CASE, 1, "AB", "C", "n", null, AT, "d", EvidenceTrail.GENESIS))
                .isNotEqualTo(EvidenceTrail.hash(CASE, 1, "A", "BC", "n", null, AT, "d", EvidenceTrail.GENESIS));
    }
}
