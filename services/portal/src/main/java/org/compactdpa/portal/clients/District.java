package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.util.UUID;

/** A registered school district; its state decides which general offers it may adopt. */
@TemplateData
public record District(UUID id, String name, String state, String ncesId, String website) {
}
