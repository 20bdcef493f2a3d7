package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's account was disabled and their sessions ended; {@code roles} are those they held.
 * Key: organisationId.
 */
@EventType(value = "org.compactdpa.account.deactivated.v1", topic = Topics.ACCOUNTS)
public record AccountDeactivated(String personId, String organisationType, UUID organisationId, String email,
        List<String> roles, String deactivatedBy, Instant deactivatedAt) {
}
