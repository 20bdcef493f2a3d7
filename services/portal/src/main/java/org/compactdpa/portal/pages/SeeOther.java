package org.compactdpa.portal.pages;

/**
 * Where the browser goes after a form was accepted (post, redirect, get). Pages return it like a page;
 * {@link SeeOtherResponses} turns it into the 303 answer.
 *
 * @param location a path of the portal: it is appended to the public address, so it can only ever
 *                 lead to the portal itself
 */
public record SeeOther(String location) {

    public SeeOther {
        if (location == null || !location.startsWith("/")) {
            throw new IllegalArgumentException("a portal path starting with /, not " + location);
        }
    }
}
