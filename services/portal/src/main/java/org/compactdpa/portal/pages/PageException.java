package org.compactdpa.portal.pages;

/** Something the portal itself refuses, shown to the person as an error page with this status. */
public class PageException extends RuntimeException {

    private final int status;
    private final String title;

    public PageException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
