package org.compactdpa.portal.pages;

/**
 * Where the browser goes after a form was accepted (post, redirect, get). Pages return it like a page;
 * {@link SeeOtherResponses} turns it into the 303 answer.
 */
public record SeeOther(String location) {
}
