package org.compactdpa.portal.clients;

import java.util.UUID;

/** The id of what a call created (terms, an agreement, an adoption, a negotiation), to go on to it. */
public record Created(UUID id) {
}
