package org.compactdpa.portal.people;

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
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.AccountsClient;
import org.compactdpa.portal.clients.AccountsClient.RoleSet;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.Person;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.Submission;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The people of an organisation, for its administrators: who they are, their roles (changed in one
 * form per person) and deactivating them after a confirmation step. The accounts service decides
 * every change; what it refuses is shown above the list.
 */
@Path("/people")
@Tag(name = "People pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PeoplePages {

    static final int PAGE_SIZE = 50;

    private final AccountsClient accounts;
    private final AdministeredOrganisations organisations;
    private final Template people;
    private final Template deactivatePerson;

    public PeoplePages(@RestClient AccountsClient accounts, AdministeredOrganisations organisations, Template people,
            Template deactivatePerson) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.people = people;
        this.deactivatePerson = deactivatePerson;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The people of your organisation (or ?organisation= one you administer) with their roles")
    public TemplateInstance list(@QueryParam("organisation") String organisation,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        return page(organisations.chosen(organisation), Math.max(page, 0), done, null);
    }

    @POST
    @Path("/{personId}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Give the person exactly the ticked roles")
    public Object changeRoles(@PathParam("personId") UUID person, MultivaluedMap<String, String> form) {
        Administered organisation = organisations.named(Forms.text(form, "organisation"));
        int page = pageOf(form);
        RoleSet roles = new RoleSet(Forms.all(form, "roles").stream().distinct().toList());
        return Submission.of(accounts.changeRoles(organisation.id(), person, roles),
                next(organisation, "roles", page), e -> page(organisation, page, null, e));
    }

    @GET
    @Path("/{personId}/deactivate")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Asks whether to deactivate the person, and says what it does")
    public TemplateInstance confirmDeactivation(@PathParam("personId") UUID person,
            @QueryParam("organisation") String organisation, @QueryParam("page") @DefaultValue("0") int page) {
        Administered chosen = organisations.named(organisation);
        // The service lists people by page only; the link came from the page the person was listed on.
        Page<Person> listed = Answers.await(list(chosen, Math.max(page, 0)));
        Person found = listed.items().stream().filter(p -> person.equals(p.id())).findFirst().orElse(null);
        return deactivatePerson.data("organisation", chosen).data("personId", person).data("person", found)
                .data("page", Math.max(page, 0));
    }

    @POST
    @Path("/{personId}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Deactivate the person: their account is disabled and their sessions end")
    public Object deactivate(@PathParam("personId") UUID person, MultivaluedMap<String, String> form) {
        Administered organisation = organisations.named(Forms.text(form, "organisation"));
        int page = pageOf(form);
        return Submission.of(accounts.deactivate(organisation.id(), person, Map.of()),
                next(organisation, "deactivated", page), e -> page(organisation, page, null, e));
    }

    /** The list, or (for a platform administrator who named no organisation) the question which one. */
    private TemplateInstance page(Administered chosen, int page, String done, ServiceProblem problem) {
        if (chosen == null) {
            return people.data("organisation", null).data("rows", null).data("results", null).data("paging", null)
                    .data("done", null).data("problem", problem);
        }
        Page<Person> results = Answers.await(list(chosen, page));
        Administered organisation = organisations.withKind(chosen,
                results.items().stream().map(Person::organisationType).filter(t -> t != null).findFirst().orElse(null));
        return people.data("organisation", organisation)
                .data("rows", results.items().stream().map(p -> PersonRow.of(p, organisation)).toList())
                .data("results", results)
                .data("paging", Paging.of(results, "/people", "organisation", organisation.formValue()))
                .data("done", done).data("problem", problem);
    }

    private Uni<Page<Person>> list(Administered organisation, int page) {
        return organisation.own() ? accounts.myPeople(page, PAGE_SIZE) : accounts.people(organisation.id(), page, PAGE_SIZE);
    }

    private static int pageOf(MultivaluedMap<String, String> form) {
        try {
            String page = Forms.text(form, "page");
            return page == null ? 0 : Math.max(Integer.parseInt(page), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String next(Administered organisation, String done, int page) {
        String path = organisation.peoplePath();
        return path + (path.contains("?") ? "&" : "?") + "done=" + done + (page > 0 ? "&page=" + page : "");
    }
}
