package org.compactdpa.obligations.dispositions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

/** A district's request: return or destroy its data under the agreement, all of it or that of named products. */
public record RequestInput(
        @NotNull(message = "is required") UUID agreementId,
        @NotNull(message = "is required: RETURN or DESTROY") Action action,
        @Size(max = Limits.IDS) List<@NotNull UUID> productIds,
        @Size(max = Limits.LINE) String returnFormat,
        @Size(max = Limits.NOTE) String note) {

    public enum Action {
        RETURN,
        DESTROY
    }
}
