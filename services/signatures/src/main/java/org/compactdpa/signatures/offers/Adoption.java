package org.compactdpa.signatures.offers;

import org.compactdpa.signatures.agreements.AgreementView;

/** The answer to an adoption request: the adoption, and whether this request made it (else it existed already). */
public record Adoption(AgreementView agreement, boolean created) {
}
