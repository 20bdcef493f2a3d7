package org.compactdpa.portal.obligations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * What a delivered notice told the district. The service keeps the delivery as the JSON it was sent
 * (what happened, data affected, students, remediation, contact); anything else is shown as plain text.
 */
final class NoticeContent {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private NoticeContent() {
    }

    /** The delivery's fields, {@code text} for content that is not such JSON, or null before delivery. */
    static Map<String, Object> of(Object content) {
        if (content == null || content.toString().isBlank()) {
            return null;
        }
        String text = content.toString();
        try {
            return JSON.readValue(text, OBJECT);
        } catch (JsonProcessingException notJson) {
            return Map.of("text", text);
        }
    }
}
