package org.compactdpa.accounts.links;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The links this service mails: where they point (pages of the portal) and how long they work. */
@ConfigMapping(prefix = "compact.accounts.links")
public interface LinkSettings {

    /** The portal's public address, e.g. https://compact.example.org. */
    String baseUrl();

    /** The portal's page that confirms a vendor application with the link's token. */
    String confirmationPath();

    /** The portal's page that accepts an invitation with the link's token. */
    String invitationPath();

    Duration applicationLifetime();

    Duration invitationLifetime();
}
