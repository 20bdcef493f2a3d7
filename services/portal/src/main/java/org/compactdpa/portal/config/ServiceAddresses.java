package org.compactdpa.portal.config;

import io.smallrye.config.ConfigMapping;

/** Base URLs of the services the portal calls; each is overridable from the environment. */
@ConfigMapping(prefix = "compact.services")
public interface ServiceAddresses {

    String districts();

    String vendors();

    String templates();

    String signatures();
}
