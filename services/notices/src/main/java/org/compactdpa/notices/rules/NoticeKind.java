package org.compactdpa.notices.rules;

/**
 * What a notice is about. A person chooses per kind how mail reaches them; a mandatory kind (what the
 * agreement obliges a party to be told) always comes at once and cannot be switched off.
 */
public enum NoticeKind {
    SIGNATURE_REQUESTED("Your turn to sign", false),
    AGREEMENT_EXECUTED("Agreements signed", false),
    AGREEMENT_ADOPTED("Adoptions of general offers", false),
    AGREEMENT_CLOSED("Agreements declined, terminated, expired or withdrawn", false),
    AGREEMENT_EXPIRING("Agreements about to expire", false),
    PRODUCT_CHANGED("Changes to products' data and subprocessors", false),
    APP_REQUEST("App requests", false),
    NEGOTIATION("Negotiations", false),
    VENDOR_APPLICATION("Vendor applications", false),
    ACCOUNT("People and roles", false),
    WEBHOOK_DISABLED("Webhook endpoints disabled", false),
    AUDIT("Audits", false),
    BREACH("Breach notices", true),
    DISPOSITION("Data disposition", true);

    private final String label;
    private final boolean mandatory;

    NoticeKind(String label, boolean mandatory) {
        this.label = label;
        this.mandatory = mandatory;
    }

    public String label() {
        return label;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
