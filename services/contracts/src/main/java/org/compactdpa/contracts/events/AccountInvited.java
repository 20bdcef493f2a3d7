package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Someone was invited to act for an organisation with these roles; the link in the mail works until
 * {@code expiresAt}. Also published when an invitation is sent again (with its new expiry).
 * Key: organisationId.
 */
@EventType(value = "org.compactdpa.account.invited.v1", topic = Topics.ACCOUNTS)
public record AccountInvited(UUID invitationId, String organisationType, UUID organisationId, String email,
        List<String> roles, String invitedBy, Instant expiresAt, Instant invitedAt) {
}
