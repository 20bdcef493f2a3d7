package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.util.UUID;

/** A consortium's standard agreement template, without its versions. */
@TemplateData
public record TemplateSummary(UUID id, UUID consortiumId, String name, String state) {
}
