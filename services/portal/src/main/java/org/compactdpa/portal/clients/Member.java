package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.UUID;

/** A member district of a consortium. */
@TemplateData
public record Member(UUID districtId, String name, String state, String ncesId, Instant joinedAt) {
}
