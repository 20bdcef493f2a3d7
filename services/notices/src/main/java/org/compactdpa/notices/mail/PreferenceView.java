package org.compactdpa.notices.mail;

/** One kind of notice and how its mail reaches the person. */
public record PreferenceView(String kind, String label, Delivery delivery, boolean mandatory) {
}
