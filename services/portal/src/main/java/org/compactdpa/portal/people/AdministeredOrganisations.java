package org.compactdpa.portal.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.PageException;
import org.compactdpa.portal.pages.Viewer;

/** Which organisation a people page is about, and what the viewer may grant there. */
@ApplicationScoped
public class AdministeredOrganisations {

    private final Viewer viewer;

    public AdministeredOrganisations(Viewer viewer) {
        this.viewer = viewer;
    }

    /**
     * The organisation a page or form names ({@code organisation}, blank for one's own), or null when
     * nobody is named and the viewer acts for no organisation (a platform administrator), who then
     * chooses one. Whether the viewer really administers it is the accounts service's to say.
     */
    public Administered chosen(String organisation) {
        if (!viewer.isSignedIn()) {
            throw new PageException(401, "Please sign in", "Sign in to manage the people of your organisation.");
        }
        if (!viewer.isPeopleAdmin()) {
            throw new PageException(403, "Not available to your account",
                    "Only administrators of an organisation manage its people. Ask yours if you need a change.");
        }
        UUID named = Forms.id(Forms.optional(organisation));
        UUID own = viewer.getOrganisationId();
        if (named == null || named.equals(own)) {
            return own == null ? null : of(own, viewer.getOrganisationType(), true);
        }
        // A coordinator administers districts beyond their own consortium; anyone else's kind shows later.
        return of(named, viewer.isCoordinator() ? "DISTRICT" : null, false);
    }

    /** As {@link #chosen}, for what acts on an organisation: a platform administrator must have chosen one. */
    public Administered named(String organisation) {
        Administered chosen = chosen(organisation);
        if (chosen == null) {
            throw new PageException(400, "Which organisation?", "Choose the organisation whose people you manage first.");
        }
        return chosen;
    }

    /** The same organisation once its kind is known from what the service listed (null: still unknown). */
    public Administered withKind(Administered organisation, String kind) {
        if (organisation.kind() != null || kind == null) {
            return organisation;
        }
        return of(organisation.id(), kind, organisation.own());
    }

    private Administered of(UUID id, String kind, boolean own) {
        return new Administered(id, kind, own, GrantableRoles.grantable(viewer.getRoles(),
                viewer.getOrganisationType(), viewer.getOrganisationId(), kind, id));
    }
}
