package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person's roles in their organisation changed; {@code roles} are all of them now. Key: organisationId. */
@EventType(value = "org.compactdpa.account.roles-changed.v1", topic = Topics.ACCOUNTS)
public record AccountRolesChanged(String personId, String organisationType, UUID organisationId, String email,
        List<String> roles, List<String> added, List<String> removed, String changedBy, Instant changedAt) {
}
