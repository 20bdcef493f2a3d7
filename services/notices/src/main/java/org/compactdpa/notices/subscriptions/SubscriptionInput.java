package org.compactdpa.notices.subscriptions;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Follow a vendor or a product. */
public record SubscriptionInput(@NotNull(message = "is required: VENDOR or PRODUCT") TargetType targetType,
        @NotNull(message = "is required") UUID targetId) {
}
