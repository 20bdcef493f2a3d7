package org.compactdpa.notices.mail;

/** How a person wants one kind of notice by mail. */
public enum Delivery {
    IMMEDIATE,
    DAILY_DIGEST,
    OFF
}
