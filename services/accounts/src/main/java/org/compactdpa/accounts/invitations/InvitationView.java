package org.compactdpa.accounts.invitations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;

/** An invitation as its organisation's administrators see it (never its link). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationView(UUID id, OrganisationType organisationType, UUID organisationId, String email,
        List<String> roles, InvitationStatus status, Instant invitedAt, String invitedBy, Instant linkExpiresAt,
        int timesSent, Instant acceptedAt, String personId, Instant revokedAt) {

    static InvitationView of(Invitation i, Instant now) {
        return new InvitationView(i.id, i.organisationType, i.organisationId, i.email, i.roles, i.statusAt(now),
                i.invitedAt, i.invitedByName != null ? i.invitedByName : i.invitedBy, i.tokenExpiresAt, i.sentCount,
                i.acceptedAt, i.personId, i.revokedAt);
    }
}
