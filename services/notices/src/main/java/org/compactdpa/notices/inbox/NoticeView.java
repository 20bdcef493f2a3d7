package org.compactdpa.notices.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice as its reader sees it; {@code link} is a path of the portal. */
public record NoticeView(UUID id, String kind, String title, String body, String link, OffsetDateTime createdAt,
        boolean read, boolean mandatory) {
}
