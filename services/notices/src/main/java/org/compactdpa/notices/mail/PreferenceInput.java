package org.compactdpa.notices.mail;

import jakarta.validation.constraints.NotNull;

/** How the caller wants one kind of notice by mail. */
public record PreferenceInput(@NotNull(message = "is required: IMMEDIATE, DAILY_DIGEST or OFF") Delivery delivery) {
}
