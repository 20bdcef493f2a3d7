package org.compactdpa.obligations.audits;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Other dates the vendor proposes. */
public record DatesInput(@NotNull(message = "is required") LocalDate start, @NotNull(message = "is required") LocalDate end) {
}
