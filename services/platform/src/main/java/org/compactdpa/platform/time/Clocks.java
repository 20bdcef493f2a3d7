package org.compactdpa.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock every rule of every service reads ("now", "today"): the system's, in UTC. Rules take it
 * injected instead of asking the system, so a test can set the time: a plain test passes a fixed
 * Clock, a Quarkus test declares its own Clock bean, which replaces this default one.
 */
@ApplicationScoped
public class Clocks {

    // A plain singleton: a Clock is immutable, so a client proxy would add nothing.
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
