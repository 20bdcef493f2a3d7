package org.compactdpa.signatures.rest.api;

import java.util.UUID;

/** The outcome of recomputing an evidence chain: intact, or the first entry that does not hold and why. */
public record EvidenceCheckView(UUID agreementId, boolean intact, int entries, String head, Integer firstBrokenSeq,
        String problem) {
}
