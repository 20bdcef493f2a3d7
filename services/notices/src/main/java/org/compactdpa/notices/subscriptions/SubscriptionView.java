package org.compactdpa.notices.subscriptions;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SubscriptionView(UUID id, TargetType targetType, UUID targetId, String targetName, OffsetDateTime createdAt,
        String createdBy) {
}
