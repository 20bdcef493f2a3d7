package org.compactdpa.portal.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;
import org.compactdpa.portal.pages.Forms;

/**
 * The part of the inbox a person is looking at (only unread or all, which page), which its forms carry
 * back so that marking a notice read returns to the same place.
 */
@TemplateData
public record InboxView(boolean unread, int page) {

    static InboxView of(boolean unread, int page) {
        return new InboxView(unread, Math.max(page, 0));
    }

    /** From a form's hidden fields; a page number that is not one is the first page. */
    static InboxView of(Map<String, List<String>> form) {
        int page;
        try {
            String number = Forms.text(form, "page");
            page = number == null ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            page = 0;
        }
        return of("true".equals(Forms.text(form, "unread")), page);
    }

    /** The list as it was, saying what was just done. */
    String path(String done) {
        return "/inbox?" + (unread ? "unread=true&" : "") + (page > 0 ? "page=" + page + "&" : "") + "done=" + done;
    }
}
