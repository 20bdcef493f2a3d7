package org.compactdpa.contracts.events;

/** One topic per producing service; the record key is the aggregate id, so events of one aggregate stay in order. */
public final class Topics {

    public static final String DISTRICTS = "compact.districts";
    public static final String VENDORS = "compact.vendors";
    public static final String TEMPLATES = "compact.templates";
    public static final String AGREEMENTS = "compact.agreements";
    public static final String ACCOUNTS = "compact.accounts";
    public static final String OBLIGATIONS = "compact.obligations";

    private Topics() {
    }
}
