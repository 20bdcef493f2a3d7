package org.compactdpa.portal.notices;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.NoticesClient;
import org.compactdpa.portal.clients.NoticesClient.NewWebhook;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.RegisteredWebhook;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.Webhook;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * An organisation's webhooks, for its administrators: the endpoints with their state, registering one
 * (its signing secret is shown on the answer page, once), enabling one the service disabled, and each
 * endpoint's delivery log with "send again". Removing one is {@link WebhookRemovalPages}.
 */
@Path("/webhooks")
@Tag(name = "Notice pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class WebhookPages {

    static final int PAGE_SIZE = 20;
    /** What the pages are for, as a refusal names it. */
    static final String WHAT = "manage your organisation's webhooks";
    private static final Map<String, Object> BLANK = Map.of("eventTypes", List.of());

    private final NoticesClient notices;
    private final Viewer viewer;
    private final Template webhooks;
    private final Template webhookCreated;
    private final Template webhook;

    public WebhookPages(@RestClient NoticesClient notices, Viewer viewer, Template webhooks, Template webhookCreated,
            Template webhook) {
        this.notices = notices;
        this.viewer = viewer;
        this.webhooks = webhooks;
        this.webhookCreated = webhookCreated;
        this.webhook = webhook;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Your organisation's webhook endpoints, and the form to register one")
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        viewer.require(viewer.isWebhookAdmin(), WHAT);
        return page(Math.max(page, 0), done, BLANK, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Register an endpoint; the answer page shows its signing secret, this once")
    public Object register(MultivaluedMap<String, String> form) {
        viewer.require(viewer.isWebhookAdmin(), WHAT);
        List<String> types = Forms.all(form, "eventTypes").stream().distinct().toList();
        NewWebhook endpoint = new NewWebhook(Forms.text(form, "url"), types, Forms.text(form, "description"));
        return Submission.showing(notices.register(endpoint), this::secretOnce, e -> page(0, null, typed(form, types), e));
    }

    /** The secret must stay in no cache, nor in the pages a browser can show again from its history. */
    private Object secretOnce(RegisteredWebhook created) {
        return RestResponse.ResponseBuilder.ok(webhookCreated.data("webhook", created))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "One endpoint and its delivery log, by status, with \"send again\" per delivery")
    public TemplateInstance log(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        viewer.require(viewer.isWebhookAdmin(), WHAT);
        return log(DeliveryLogView.of(id, status, page), done, null);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Send a delivery again now, as a new attempt of the same delivery")
    public Object replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID delivery,
            MultivaluedMap<String, String> form) {
        viewer.require(viewer.isWebhookAdmin(), WHAT);
        DeliveryLogView view = DeliveryLogView.of(id, form);
        return Submission.of(notices.replay(id, delivery, Map.of()), view.path("replayed"), e -> log(view, null, e));
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Enable a disabled endpoint: deliveries to it start again")
    public Object enable(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isWebhookAdmin(), WHAT);
        boolean fromLog = "endpoint".equals(Forms.text(form, "from"));
        DeliveryLogView view = DeliveryLogView.of(id, null, 0);
        return Submission.of(notices.enable(id, Map.of()), fromLog ? view.path("enabled") : "/webhooks?done=enabled",
                e -> fromLog ? log(view, null, e) : page(0, null, BLANK, e));
    }

    private TemplateInstance page(int page, String done, Map<String, Object> form, ServiceProblem problem) {
        var listed = Answers.await(Uni.combine().all()
                .unis(notices.webhooks(page, PAGE_SIZE), notices.eventTypes()).asTuple());
        Page<Webhook> results = listed.getItem1();
        return webhooks.data("results", results).data("paging", Paging.of(results, "/webhooks"))
                .data("eventTypes", EventTypeChoice.from(listed.getItem2())).data("form", form).data("done", done)
                .data("problem", problem);
    }

    private TemplateInstance log(DeliveryLogView view, String done, ServiceProblem problem) {
        var found = Answers.await(Uni.combine().all().unis(notices.webhook(view.webhook()),
                notices.deliveries(view.webhook(), view.status(), view.page(), PAGE_SIZE)).asTuple());
        return webhook.data("webhook", found.getItem1()).data("results", found.getItem2()).data("view", view)
                .data("statuses", DeliveryLogView.STATUSES)
                .data("paging", Paging.of(found.getItem2(), view.base(), "status", view.status()))
                .data("done", done).data("problem", problem);
    }

    /** The registration form as typed, to show it again above the service's refusal. */
    private static Map<String, Object> typed(MultivaluedMap<String, String> form, List<String> types) {
        Map<String, Object> values = new HashMap<>();
        for (String field : List.of("url", "description")) {
            String value = Forms.text(form, field);
            if (value != null) {
                values.put(field, value);
            }
        }
        values.put("eventTypes", types);
        return values;
    }
}
