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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.NoticesClient;
import org.compactdpa.portal.clients.NoticesClient.NewSubscription;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.Subscription;
import org.compactdpa.portal.clients.VendorsClient;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.PageException;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What a district or a consortium follows: vendors and products whose changes (a new data element, a
 * new subprocessor) its people are told of. The choices are the vendors and products the public lists
 * hold; the notices service keeps the subscriptions, per organisation.
 */
@Path("/subscriptions")
@Tag(name = "Notice pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SubscriptionPages {

    static final int PAGE_SIZE = 50;
    /** As many vendors and products as the forms offer: the vendors service's largest page. */
    static final int CHOICES = 200;
    static final List<String> TARGET_TYPES = List.of("VENDOR", "PRODUCT");

    private final NoticesClient notices;
    private final VendorsClient vendors;
    private final Viewer viewer;
    private final Template subscriptions;

    public SubscriptionPages(@RestClient NoticesClient notices, @RestClient VendorsClient vendors, Viewer viewer,
            Template subscriptions) {
        this.notices = notices;
        this.vendors = vendors;
        this.viewer = viewer;
        this.subscriptions = subscriptions;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "The vendors and products your organisation follows, and the forms to follow more")
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        viewer.require(viewer.isSubscriber(), "follow vendors and products");
        return page(Math.max(page, 0), done, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Follow a vendor or a product")
    public Object add(MultivaluedMap<String, String> form) {
        viewer.require(viewer.isSubscriber(), "follow vendors and products");
        String type = Forms.text(form, "targetType");
        if (type == null || !TARGET_TYPES.contains(type)) {
            throw new PageException(400, "The form could not be read",
                    "It asks to follow something that is neither a vendor nor a product.");
        }
        UUID target = Forms.id(Forms.text(form, "targetId"));
        return Submission.of(() -> Answers.await(notices.subscribe(new NewSubscription(type, chosen(target, type)))),
                added -> "/subscriptions?done=added", e -> page(0, null, e));
    }

    @POST
    @Path("/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Stop following a vendor or a product")
    public Object remove(@PathParam("id") UUID subscription, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isSubscriber(), "follow vendors and products");
        return Submission.of(notices.unsubscribe(subscription), "/subscriptions?done=removed", e -> page(0, null, e));
    }

    /** The id chosen, or the refusal shown above the forms when the list's first, empty option was sent. */
    private static UUID chosen(UUID target, String type) {
        if (target == null) {
            throw ServiceProblem.invalidField("Nothing chosen", null, "targetId",
                    "Choose a " + ("VENDOR".equals(type) ? "vendor" : "product") + " from the list.");
        }
        return target;
    }

    private TemplateInstance page(int page, String done, ServiceProblem problem) {
        Listed listed = Answers.await(Uni.combine().all()
                .unis(notices.subscriptions(page, PAGE_SIZE), vendors.vendors(CHOICES), vendors.products(null, CHOICES))
                .asTuple().map(t -> new Listed(t.getItem1(), t.getItem2().items(), t.getItem3().items())));
        return subscriptions.data("results", listed.subscriptions())
                .data("paging", Paging.of(listed.subscriptions(), "/subscriptions"))
                .data("vendorChoices", TargetChoice.vendors(listed.vendors()))
                .data("productChoices", TargetChoice.products(listed.products(), listed.vendors()))
                .data("done", done).data("problem", problem);
    }

    private record Listed(Page<Subscription> subscriptions, List<Map<String, Object>> vendors,
            List<Map<String, Object>> products) {
    }
}
