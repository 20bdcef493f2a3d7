package org.compactdpa.contracts.events;

/** Reads the {@link EventType} of an event record. */
public final class Events {

    private Events() {
    }

    public static EventType typeOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not an event record: it lacks @EventType");
        }
        return type;
    }
}
