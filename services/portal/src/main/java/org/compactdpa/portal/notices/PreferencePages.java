package org.compactdpa.portal.notices;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.NoticePreference;
import org.compactdpa.portal.clients.NoticesClient;
import org.compactdpa.portal.clients.NoticesClient.Delivery;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.Submission;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * How a person is e-mailed about each kind of notice: at once, in a daily digest, or not at all. The
 * inbox shows every notice whatever is chosen. Mandatory kinds (a breach, data disposition) are always
 * e-mailed at once and are shown as fixed.
 */
@Path("/inbox/preferences")
@Tag(name = "Notice pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PreferencePages {

    private final NoticesClient notices;
    private final Template noticePreferences;

    public PreferencePages(@RestClient NoticesClient notices, Template noticePreferences) {
        this.notices = notices;
        this.noticePreferences = noticePreferences;
    }

    @GET
    @Authenticated
    @Operation(summary = "Your e-mail preferences, one choice per kind of notice")
    public TemplateInstance form(@QueryParam("done") String done) {
        return page(Answers.await(notices.preferences()).items(), done, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    @Operation(summary = "Save the choices that changed; mandatory kinds are never sent")
    public Object save(MultivaluedMap<String, String> form) {
        List<NoticePreference> current = Answers.await(notices.preferences()).items();
        Map<String, String> changes = DeliveryChoices.changes(current, form);
        return Submission.of(() -> saveAll(changes), saved -> "/inbox/preferences?done=saved",
                e -> page(DeliveryChoices.shown(current, changes), null, e));
    }

    /** The changed kinds at once; nothing to call when nothing changed. */
    private Void saveAll(Map<String, String> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        List<Uni<Void>> calls = changes.entrySet().stream()
                .map(change -> notices.deliver(change.getKey(), new Delivery(change.getValue()))).toList();
        return Answers.await(Uni.combine().all().unis(calls).discardItems());
    }

    private TemplateInstance page(List<NoticePreference> preferences, String done, ServiceProblem problem) {
        return noticePreferences.data("preferences", preferences).data("options", DeliveryChoices.OPTIONS)
                .data("done", done).data("problem", problem);
    }
}
