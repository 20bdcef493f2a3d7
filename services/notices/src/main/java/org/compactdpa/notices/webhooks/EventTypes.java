package org.compactdpa.notices.webhooks;

import java.util.List;

/** The event types an endpoint may ask for. */
public record EventTypes(List<String> items) {
}
