package org.compactdpa.districts;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service's one source of "now". Whether an approval has lapsed or an offer is still open
 * depends on the date, so every rule reads it from the injected clock; a test that declares a
 * Clock bean of its own stands the whole service on another day.
 */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
