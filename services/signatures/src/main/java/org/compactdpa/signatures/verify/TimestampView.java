package org.compactdpa.signatures.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.compactdpa.signatures.evidence.SealQueue;
import org.compactdpa.signatures.seal.SealTimestamp;

/**
 * The seal's RFC 3161 timestamp as verification reports it: when the authority saw the seal, who the
 * authority is (its certificate's subject), and, for an uploaded file, whether the token's imprint
 * is the hash of the seal's signature value. {@code present: false} says the seal has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimestampView(boolean present, Instant time, String authority, Boolean imprintMatches, String note) {

    static final TimestampView NONE = new TimestampView(false, null, null, null,
            "Sealed without a trusted timestamp: the seal's time is the platform's own clock");

    static TimestampView of(SealTimestamp timestamp) {
        return timestamp == null ? NONE
                : new TimestampView(true, timestamp.time(), timestamp.authority(), timestamp.imprintMatches(), null);
    }

    /** From what was recorded at sealing, for a lookup by hash (the token itself is in the file). */
    static TimestampView of(SealQueue.StoredSeal stored) {
        return stored.timestampedAt() == null ? NONE
                : new TimestampView(true, stored.timestampedAt(), stored.timestampAuthority(), null, null);
    }
}
