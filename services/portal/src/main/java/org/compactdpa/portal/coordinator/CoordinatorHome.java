package org.compactdpa.portal.coordinator;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Consortium;
import org.compactdpa.portal.clients.District;
import org.compactdpa.portal.clients.DistrictsClient;
import org.compactdpa.portal.clients.Member;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.TemplateSummary;
import org.compactdpa.portal.clients.TemplatesClient;
import org.compactdpa.portal.clients.VendorsClient;
import org.compactdpa.portal.pages.VersionChoices;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A coordinator's home: the consortium, its members and the districts that could join, the
 * app-request queue, templates and their published versions, negotiations, vendors and products.
 * Every call that does not need another's answer starts at once; the consortium's districts wait
 * for its states, the versions for the templates.
 */
@ApplicationScoped
public class CoordinatorHome {

    private final DistrictsClient districts;
    private final TemplatesClient templates;
    private final VendorsClient vendors;
    private final VersionChoices versions;
    private final Viewer viewer;
    private final Template coordinatorHome;

    public CoordinatorHome(@RestClient DistrictsClient districts, @RestClient TemplatesClient templates,
            @RestClient VendorsClient vendors, VersionChoices versions, Viewer viewer, Template coordinatorHome) {
        this.districts = districts;
        this.templates = templates;
        this.vendors = vendors;
        this.versions = versions;
        this.viewer = viewer;
        this.coordinatorHome = coordinatorHome;
    }

    /** {@code termsOnTheirWay}: the form was refused only because signatures has not received its terms yet. */
    TemplateInstance page(String done, ServiceProblem problem, PrepareForm form, boolean termsOnTheirWay) {
        UUID id = viewer.require(viewer.isCoordinator(), "coordinate a consortium");
        Uni<Consortium> consortium = districts.consortium(id).memoize().indefinitely();
        Uni<Page<Member>> members = districts.members(id, 200).memoize().indefinitely();
        Uni<Page<TemplateSummary>> templateList = templates.templates(id, 50).memoize().indefinitely();
        Uni<List<District>> candidates = Uni.combine().all()
                .unis(consortium.flatMap(c -> districtsIn(c.states())), members).with(CoordinatorHome::notMembers);
        TemplateInstance page = Answers.await(Uni.combine().all().unis(consortium, members,
                        districts.openRequests(id, true, 100), templateList, versions.among(templateList),
                        templates.negotiations(50), vendors.products(null, 200), vendors.vendors(200), candidates)
                .with((c, m, queue, listed, choices, negotiations, products, vendorList, joinable) -> coordinatorHome
                        .data("c", c).data("members", m).data("queue", queue).data("templates", listed)
                        .data("published", choices.published()).data("negotiations", negotiations)
                        .data("products", products).data("vendors", vendorList).data("candidates", joinable)));
        return page.data("done", done).data("problem", problem).data("prepare", form)
                .data("termsOnTheirWay", termsOnTheirWay);
    }

    /** The registered districts of every state the consortium covers, asked for together. */
    private Uni<List<District>> districtsIn(List<String> states) {
        if (states.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<Page<District>>> perState = states.stream().map(state -> districts.districtsIn(state, 200)).toList();
        return Uni.combine().all().unis(perState).with(pages -> pages.stream()
                .flatMap(page -> ((Page<?>) page).items().stream()).map(District.class::cast).toList());
    }

    private static List<District> notMembers(List<District> registered, Page<Member> members) {
        Set<UUID> joined = members.items().stream().map(Member::districtId).collect(Collectors.toSet());
        return registered.stream().filter(d -> !joined.contains(d.id())).toList();
    }
}
