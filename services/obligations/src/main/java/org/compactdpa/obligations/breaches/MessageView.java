package org.compactdpa.obligations.breaches;

import java.time.OffsetDateTime;
import java.util.UUID;

public record MessageView(UUID id, String party, String author, String text, OffsetDateTime createdAt) {
}
