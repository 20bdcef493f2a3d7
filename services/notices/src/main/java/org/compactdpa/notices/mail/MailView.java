package org.compactdpa.notices.mail;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One mail as operators see it (never its text: that is the notice's). */
public record MailView(UUID id, UUID noticeId, String recipient, String kind, String status, int attempts,
        String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, OffsetDateTime createdAt) {
}
