package org.compactdpa.notices.inbox;

/** How many notices the reader has not read, counted up to {@link Reader#UNREAD_CAP}. */
public record UnreadCount(int unread) {
}
