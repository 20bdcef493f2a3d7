package org.compactdpa.portal.people;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/**
 * The organisation whose people a page shows: the viewer's own, or another one they administer (a
 * coordinator's member district, any organisation for a platform administrator), named by
 * {@code ?organisation=}. Its kind may be unknown until its people or invitations say it.
 *
 * @param grantable the roles the viewer may grant there, as far as the portal can tell
 */
@TemplateData
public record Administered(UUID id, String kind, boolean own, List<String> grantable) {

    /** The page of this organisation's people. */
    public String peoplePath() {
        return own ? "/people" : "/people?organisation=" + id;
    }

    /** The page of this organisation's invitations. */
    public String invitationsPath() {
        return own ? "/people/invitations" : "/people/invitations?organisation=" + id;
    }

    /** The value a form carries back in its {@code organisation} field: empty for the viewer's own. */
    public String formValue() {
        return own ? "" : id.toString();
    }

    /** Whether the viewer may grant any role here: otherwise the page only lists. */
    public boolean administers() {
        return !grantable.isEmpty();
    }
}
