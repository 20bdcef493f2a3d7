package org.compactdpa.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The one source of the error half of the HTTP contract: every operation gets the problem responses
 * that can happen to it, with the problem+json body as a schema, instead of the same annotations
 * copied onto every resource method. A resource documents an error itself only when it has
 * something specific to say; what it wrote is kept.
 * <ul>
 *   <li>400 on every operation that reads a body or parameters (malformed JSON, a wrong type);</li>
 *   <li>401 and 403 on every operation that needs a token (one with a security requirement);</li>
 *   <li>404 on every operation whose path names something ({@code {id}});</li>
 *   <li>409 and 422 on every write (a rule of the state it meets, a field that breaks a rule).</li>
 * </ul>
 * Every 4xx and 5xx response, documented here or by hand, is given the {@code Problem} schema.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";
    static final String MEDIA_TYPE = "application/problem+json";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Malformed request: unreadable body or a parameter of the wrong type",
            "401", "No bearer token, or one that is invalid or expired",
            "403", "The caller's role or organisation may not do this",
            "404", "Nothing with that id, or nothing the caller may see",
            "409", "The request conflicts with the current state; the detail says why",
            "422", "A field breaks a rule; errors names each one");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.forEach((method, operation) -> complete(path, item, method, operation, openAPI));
            }
        });
    }

    private static void complete(String path, PathItem item, PathItem.HttpMethod method, Operation operation,
            OpenAPI openAPI) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean hasInput = operation.getRequestBody() != null || hasParameters(operation) || hasParameters(item);
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty()
                : openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        if (hasInput || write) {
            add(responses, "400");
        }
        if (secured) {
            add(responses, "401");
            add(responses, "403");
        }
        if (path.contains("{")) {
            add(responses, "404");
        }
        if (write) {
            add(responses, "409");
            add(responses, "422");
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    response.setContent(problemContent());
                }
            });
        }
    }

    private static boolean hasParameters(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && !parameters.isEmpty();
    }

    private static boolean hasParameters(PathItem item) {
        List<Parameter> parameters = item.getParameters();
        return parameters != null && !parameters.isEmpty();
    }

    private static void add(APIResponses responses, String status) {
        if (responses.getAPIResponse(status) == null) {
            APIResponse response = OASFactory.createAPIResponse().description(DESCRIPTIONS.get(status));
            responses.addAPIResponse(status, response);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA)));
    }

    static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("A URI naming the kind of problem").format("uri"));
        properties.put("title", string("A short summary of the kind of problem"));
        properties.put("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status"));
        properties.put("detail", string("What went wrong with this request, for a person to act on"));
        properties.put("instance", string("The path of the request").format("uri-reference"));
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", string("The offending field, e.g. products[2].id"),
                        "message", string("What the field must be")));
        properties.put("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                .description("One entry per offending field of a rejected request"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: the body of every 4xx and 5xx answer")
                .properties(properties).required(List.of("title", "status"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
