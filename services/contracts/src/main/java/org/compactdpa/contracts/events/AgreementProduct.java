package org.compactdpa.contracts.events;

import java.util.UUID;

/** A product an agreement covers (Exhibit A), named as it was when the agreement was made. */
public record AgreementProduct(UUID productId, String name) {
}
