package org.compactdpa.signatures.signing;

import java.util.UUID;

/** Exactly the text that is signed, and its SHA-256. */
public record DocumentView(UUID agreementId, String text, String sha256) {
}
