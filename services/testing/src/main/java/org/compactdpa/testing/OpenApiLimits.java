package org.compactdpa.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the inputs of the API ({@code /api/...}) in an OpenAPI document that have no upper bound: a
 * string without maxLength, an array without maxItems, a map without maxProperties, in any JSON request
 * body (nested schemas included) or among the query parameters. Strings that cannot be long are left
 * alone: enums and the uuid, date and date-time formats. Each finding names the schema and property.
 */
public final class OpenApiLimits {

    private static final String REF = "#/components/schemas/";
    private static final Set<String> SHORT_FORMATS = Set.of("uuid", "date", "date-time");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final Map<String, Object> schemas;
    private final List<String> unbounded = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();
    private int checked;

    private OpenApiLimits(Map<String, Object> schemas) {
        this.schemas = schemas;
    }

    /** The unbounded inputs found, and how many inputs were looked at. */
    public record Findings(List<String> unbounded, int checked) {
    }

    @SuppressWarnings("unchecked")
    public static Findings of(Map<String, Object> document) {
        Map<String, Object> schemas = document.get("components") instanceof Map<?, ?> components
                && components.get("schemas") instanceof Map<?, ?> found ? (Map<String, Object>) found : Map.of();
        OpenApiLimits walk = new OpenApiLimits(schemas);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.getOrDefault("paths", Map.of());
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof Map<?, ?> spec) {
                    walk.operation(operation.getKey().toUpperCase() + " " + path.getKey(), (Map<String, Object>) spec);
                }
            }
        }
        return new Findings(List.copyOf(walk.unbounded), walk.checked);
    }

    @SuppressWarnings("unchecked")
    private void operation(String name, Map<String, Object> spec) {
        for (Object parameter : (List<Object>) spec.getOrDefault("parameters", List.of())) {
            // Path values are bounded by the request line (4 KiB) and are ids here; query values are free text.
            if (parameter instanceof Map<?, ?> p && "query".equals(p.get("in"))
                    && p.get("schema") instanceof Map<?, ?> schema) {
                schema(name + " parameter " + p.get("name"), (Map<String, Object>) schema);
            }
        }
        if (spec.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                && content.get("application/json") instanceof Map<?, ?> json
                && json.get("schema") instanceof Map<?, ?> schema) {
            schema(name + " body", (Map<String, Object>) schema);
        }
    }

    @SuppressWarnings("unchecked")
    private void schema(String where, Map<String, Object> schema) {
        if (schema.get("$ref") instanceof String ref && ref.startsWith(REF)) {
            String name = ref.substring(REF.length());
            // A named schema is walked once: its findings name it, whichever operation uses it.
            if (visited.add(name) && schemas.get(name) instanceof Map<?, ?> target) {
                schema(name, (Map<String, Object>) target);
            }
            return;
        }
        for (String combined : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.get(combined) instanceof List<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Map<?, ?> p) {
                        schema(where, (Map<String, Object>) p);
                    }
                }
            }
        }
        if (is(schema, "string") && schema.get("enum") == null
                && !(schema.get("format") instanceof String format && SHORT_FORMATS.contains(format))) {
            checked++;
            if (schema.get("maxLength") == null) {
                unbounded.add(where + ": a string without maxLength");
            }
        }
        if (is(schema, "array")) {
            checked++;
            if (schema.get("maxItems") == null) {
                unbounded.add(where + ": an array without maxItems");
            }
            if (schema.get("items") instanceof Map<?, ?> items) {
                schema(where + "[]", (Map<String, Object>) items);
            }
        }
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            for (Map.Entry<?, ?> property : properties.entrySet()) {
                if (property.getValue() instanceof Map<?, ?> p) {
                    schema(where + "." + property.getKey(), (Map<String, Object>) p);
                }
            }
        }
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            checked++;
            if (schema.get("maxProperties") == null) {
                unbounded.add(where + ": a map without maxProperties");
            }
            schema(where + "{}", (Map<String, Object>) values);
        }
    }

    /** OpenAPI 3.1 writes a type as a name or a list of names (["string", "null"]). */
    private static boolean is(Map<String, Object> schema, String type) {
        Object declared = schema.get("type");
        return type.equals(declared) || declared instanceof List<?> types && types.contains(type);
    }
}
