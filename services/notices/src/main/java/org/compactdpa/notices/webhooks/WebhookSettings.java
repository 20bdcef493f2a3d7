package org.compactdpa.notices.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;

/** compact.notices.webhooks.* (application.properties says what each means). */
@ConfigMapping(prefix = "compact.notices.webhooks")
public interface WebhookSettings {

    @WithName("require-https")
    boolean requireHttps();

    @WithName("allow-loopback")
    boolean allowLoopback();

    /** How often due deliveries are looked for (read by the scheduler). */
    Duration interval();

    int batch();

    Duration timeout();

    @WithName("retry-delays")
    String retryDelays();

    @WithName("disable-after")
    Duration disableAfter();

    @WithName("max-per-organisation")
    int maxPerOrganisation();
}
