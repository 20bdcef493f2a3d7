package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's account acts for the organisation with these roles: an invitation was accepted
 * ({@code invitationId}) or a vendor application confirmed ({@code applicationId}). {@code personId}
 * is the person's id in the identity provider (the token subject). Key: organisationId.
 */
@EventType(value = "org.compactdpa.account.activated.v1", topic = Topics.ACCOUNTS)
public record AccountActivated(String personId, String organisationType, UUID organisationId, String email,
        List<String> roles, UUID invitationId, UUID applicationId, Instant activatedAt) {
}
