package org.compactdpa.portal.notices;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.NoticesClient;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Removing a webhook endpoint takes two steps: a page that names it and says what removing does, and
 * the button there. Opening the page changes nothing.
 */
@Path("/webhooks/{id}/delete")
@Tag(name = "Notice pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class WebhookRemovalPages {

    private final NoticesClient notices;
    private final Viewer viewer;
    private final Template removeWebhook;

    public WebhookRemovalPages(@RestClient NoticesClient notices, Viewer viewer, Template removeWebhook) {
        this.notices = notices;
        this.viewer = viewer;
        this.removeWebhook = removeWebhook;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Asks whether to remove the endpoint, and says what it does")
    public TemplateInstance confirm(@PathParam("id") UUID id) {
        viewer.require(viewer.isWebhookAdmin(), WebhookPages.WHAT);
        return page(id, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Remove the endpoint: deliveries to it stop")
    public Object remove(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isWebhookAdmin(), WebhookPages.WHAT);
        return Submission.of(notices.removeWebhook(id), "/webhooks?done=deleted", e -> page(id, e));
    }

    private TemplateInstance page(UUID id, ServiceProblem problem) {
        return removeWebhook.data("webhook", Answers.await(notices.webhook(id))).data("problem", problem);
    }
}
