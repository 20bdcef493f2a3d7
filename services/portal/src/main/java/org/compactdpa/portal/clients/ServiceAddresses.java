package org.compactdpa.portal.clients;

import io.smallrye.config.ConfigMapping;

/**
 * Base URLs of the services the portal calls; each is overridable from the environment, and the REST
 * clients take theirs from here (quarkus.rest-client.*.url). Pages use them for links the browser
 * follows itself, such as a district list's CSV.
 */
@ConfigMapping(prefix = "compact.services")
public interface ServiceAddresses {

    String districts();

    String vendors();

    String templates();

    String signatures();

    String accounts();

    /** Inboxes, e-mail preferences, subscriptions and webhooks; the header's unread count comes from here. */
    String notices();

    /** Breach notices, disposition requests and audits. */
    String obligations();
}
