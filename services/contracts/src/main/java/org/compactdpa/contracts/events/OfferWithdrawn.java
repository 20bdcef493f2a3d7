package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The vendor withdrew the general offer of an executed agreement: no new adoptions. Key: agreementId. */
@EventType(value = "org.compactdpa.offer.withdrawn.v1", topic = Topics.AGREEMENTS)
public record OfferWithdrawn(UUID agreementId, UUID vendorId, Instant withdrawnAt) {
}
