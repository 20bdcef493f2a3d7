package org.compactdpa.accounts.invitations;

import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;

/**
 * What the person learns on accepting: their account, its organisation and roles, and whether Keycloak
 * sent the mail to set a password (only a new account needs one).
 */
public record AcceptanceView(UUID invitationId, String personId, OrganisationType organisationType,
        UUID organisationId, List<String> roles, boolean newAccount, boolean passwordMailSent) {
}
