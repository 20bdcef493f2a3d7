package org.compactdpa.districts.apprequests;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/** A coordinator's answer to an app request: NEGOTIATION_STARTED, ALREADY_COVERED or DECLINED, with a note. */
public record AppRequestResolution(
        @NotNull(message = "must be NEGOTIATION_STARTED, ALREADY_COVERED or DECLINED") AppRequestStatus outcome,
        @Size(max = Limits.NOTE) String note) {
}
