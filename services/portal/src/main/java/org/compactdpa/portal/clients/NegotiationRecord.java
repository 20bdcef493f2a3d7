package org.compactdpa.portal.clients;

import java.util.List;
import java.util.Map;

/** A negotiation with its proposals and comments; the three parts are displayed as the service wrote them. */
public record NegotiationRecord(Map<String, Object> negotiation, List<Map<String, Object>> proposals,
        List<Map<String, Object>> comments) {
}
