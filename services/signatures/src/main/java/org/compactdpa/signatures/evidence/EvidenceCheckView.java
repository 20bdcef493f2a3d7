package org.compactdpa.signatures.evidence;

import java.util.UUID;

/** The outcome of recomputing an evidence chain: intact, or the first entry that does not hold and why. */
public record EvidenceCheckView(UUID agreementId, boolean intact, int entries, String head, Integer firstBrokenSeq,
        String problem) {

    static EvidenceCheckView of(UUID agreementId, EvidenceChain.Check check) {
        return new EvidenceCheckView(agreementId, check.intact(), check.entries(), check.head(), check.firstBrokenSeq(),
                check.problem());
    }
}
