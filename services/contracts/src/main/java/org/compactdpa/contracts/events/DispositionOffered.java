package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The agreement ended (expired or terminated): the district may now ask for its data's disposition. Key: requestId. */
@EventType(value = "org.compactdpa.disposition.offered.v1", topic = Topics.OBLIGATIONS)
public record DispositionOffered(UUID requestId, UUID agreementId, UUID districtId, UUID vendorId, String reason,
        Instant offeredAt) {
}
