package org.compactdpa.obligations.breaches;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/** The vendor's update on an incident. */
public record UpdateInput(@NotNull(message = "is required: UPDATE, CONTAINED, ROOT_CAUSE or CLOSED") Stage stage,
        @NotBlank(message = "must not be blank") @Size(max = Limits.DESCRIPTION) String text) {

    /** Where the incident stands. */
    public enum Stage {
        UPDATE,
        CONTAINED,
        ROOT_CAUSE,
        CLOSED
    }
}
