package org.compactdpa.contracts.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record's CloudEvents type and the topic it travels on. A payload may grow new
 * optional fields under the same type; any breaking change gets a new type version (…v2).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** CloudEvents {@code type}, e.g. {@code org.compactdpa.district.registered.v1}. */
    String value();

    /** Kafka topic, one per producing service; see {@link Topics}. */
    String topic();
}
