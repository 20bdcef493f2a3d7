package org.compactdpa.signatures.lifecycle;

import java.time.LocalDate;

/** What a lifecycle run did: as of which date, whether it ran (or another instance held it), and how much. */
public record RunReport(LocalDate asOf, boolean ran, int expired, int reminded) {
}
