package org.compactdpa.templates;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock every business rule of the service reads (creation, decision, agreement and publication
 * times), so that a test can put another in its place. A default bean: a clock produced elsewhere
 * takes precedence.
 */
@ApplicationScoped
public class ClockProducer {

    // A plain singleton: a Clock is immutable, so a client proxy would add nothing.
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
