package org.compactdpa.contracts.vocabulary;

/** Exhibit F: the security framework a vendor adopts. */
public enum SecurityFramework {
    NIST_CSF,
    NIST_800_53,
    NIST_800_171,
    ISO_27001,
    CIS_CONTROLS,
    CMMC,
    SCF,
    OTHER
}
