package org.compactdpa.templates.templates;

import io.smallrye.mutiny.Uni;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;

/** A version with its template, the unit most operations on versions work on. */
record Located(Template template, TemplateVersion version) {

    /** Version {@code number} of the template, or 404 for either. */
    static Uni<Located> find(UUID templateId, int number) {
        return Template.require(templateId).flatMap(t -> TemplateVersion.numbered(templateId, number)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Version", number + " of template " + templateId))
                .map(v -> new Located(t, v)));
    }

    static Uni<Located> byVersionId(UUID versionId) {
        return TemplateVersion.<TemplateVersion>findById(versionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Version", versionId))
                .flatMap(v -> Template.require(v.templateId).map(t -> new Located(t, v)));
    }
}
