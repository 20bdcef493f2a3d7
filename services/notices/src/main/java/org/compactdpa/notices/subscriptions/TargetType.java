package org.compactdpa.notices.subscriptions;

/** What an organisation can follow. */
public enum TargetType {
    VENDOR,
    PRODUCT
}
