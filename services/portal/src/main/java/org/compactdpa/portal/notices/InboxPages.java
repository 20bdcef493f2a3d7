package org.compactdpa.portal.notices;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Notice;
import org.compactdpa.portal.clients.NoticesClient;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.Submission;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A person's inbox: their notices newest first, all or only the unread ones, marking one or all of
 * them read. Anyone signed in has one; the notices service decides which notices are theirs.
 */
@Path("/inbox")
@Tag(name = "Notice pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class InboxPages {

    static final int PAGE_SIZE = 20;

    private final NoticesClient notices;
    private final Template inbox;

    public InboxPages(@RestClient NoticesClient notices, Template inbox) {
        this.notices = notices;
        this.inbox = inbox;
    }

    @GET
    @Authenticated
    @Operation(summary = "Your notices, newest first; ?unread=true for the unread ones only")
    public TemplateInstance list(@QueryParam("unread") String unread, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("done") String done) {
        return page(InboxView.of("true".equals(unread), page), done, null);
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    @Operation(summary = "Mark one notice read, and return to the list as it was")
    public Object markRead(@PathParam("id") UUID notice, MultivaluedMap<String, String> form) {
        InboxView view = InboxView.of(form);
        return Submission.of(notices.markRead(notice, Map.of()), view.path("read"), e -> page(view, null, e));
    }

    @POST
    @Path("/read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    @Operation(summary = "Mark every notice up to now read")
    public Object markAllRead(MultivaluedMap<String, String> form) {
        InboxView view = InboxView.of(form);
        return Submission.of(notices.markAllRead(Map.of()), InboxView.of(view.unread(), 0).path("all-read"),
                e -> page(view, null, e));
    }

    private TemplateInstance page(InboxView view, String done, ServiceProblem problem) {
        Page<Notice> results = Answers.await(notices.notices(view.unread() ? Boolean.TRUE : null, view.page(), PAGE_SIZE));
        return inbox.data("results", results).data("view", view).data("done", done).data("problem", problem)
                .data("paging", Paging.of(results, "/inbox", "unread", view.unread() ? "true" : null));
    }
}
