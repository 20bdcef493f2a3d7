package org.compactdpa.accounts.keycloak;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Where people's accounts live in Keycloak, and how a new person sets their password there. */
@ConfigMapping(prefix = "compact.accounts.keycloak")
public interface KeycloakSettings {

    /** The realm whose users this service manages (its service account may manage no other). */
    String realm();

    PasswordSetup passwordSetup();

    /** Keycloak's own "set your password" e-mail (execute-actions with UPDATE_PASSWORD). */
    interface PasswordSetup {

        /** The client whose address the person returns to once the password is set. */
        String clientId();

        /** That address; it must be one of the client's redirect URIs. */
        String redirectUri();

        /** How long Keycloak's link works. */
        Duration lifespan();
    }
}
