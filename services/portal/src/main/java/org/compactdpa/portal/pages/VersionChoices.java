package org.compactdpa.portal.pages;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.TemplateSummary;
import org.compactdpa.portal.clients.TemplatesClient;
import org.compactdpa.portal.clients.Version;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The template versions a person can act on: published ones to prepare or negotiate an agreement
 * from, and those open for comment. The versions of every template are asked for at once.
 */
@ApplicationScoped
public class VersionChoices {

    private final TemplatesClient templates;

    public VersionChoices(@RestClient TemplatesClient templates) {
        this.templates = templates;
    }

    /** The choices among {@code listed}, a page of templates the caller may already be fetching for itself. */
    public Uni<Choices> among(Uni<Page<TemplateSummary>> listed) {
        return listed.flatMap(page -> {
            if (page.items().isEmpty()) {
                return Uni.createFrom().item(new Choices(List.of(), List.of()));
            }
            List<Uni<List<Choice>>> perTemplate = page.items().stream()
                    .map(t -> templates.versions(t.id()).map(versions -> choicesOf(t, versions))).toList();
            return Uni.combine().all().unis(perTemplate).with(Choices::of);
        });
    }

    private static List<Choice> choicesOf(TemplateSummary template, List<Version> versions) {
        List<Choice> choices = new ArrayList<>();
        for (Version v : versions) {
            choices.add(new Choice(template.id() + "/" + v.version(), template.name() + ", version " + v.version(),
                    "/templates/" + template.id() + "/versions/" + v.version(), v.status()));
        }
        return choices;
    }

    /** A version as a form's option ({@code value} is "templateId/version") and as a link. */
    @TemplateData
    public record Choice(String value, String label, String link, String status) {
    }

    /** Published versions, and versions whose comment period is open, in the order the templates came. */
    @TemplateData
    public record Choices(List<Choice> published, List<Choice> openForComment) {

        static Choices of(List<?> perTemplate) {
            List<Choice> published = new ArrayList<>();
            List<Choice> commenting = new ArrayList<>();
            for (Object choices : perTemplate) {
                for (Object c : (List<?>) choices) {
                    Choice choice = (Choice) c;
                    if ("PUBLISHED".equals(choice.status())) {
                        published.add(choice);
                    } else if ("COMMENT_PERIOD".equals(choice.status())) {
                        commenting.add(choice);
                    }
                }
            }
            return new Choices(published, commenting);
        }
    }
}
