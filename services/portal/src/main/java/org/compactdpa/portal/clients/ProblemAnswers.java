package org.compactdpa.portal.clients;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * How every client reads a service's refusal: the problem+json body becomes a {@link ServiceProblem}
 * with the service's title, detail and field errors, so a form can show them next to what was typed.
 * As a provider it applies to all four clients.
 */
@Provider
public class ProblemAnswers implements ResponseExceptionMapper<ServiceProblem> {

    // Problem bodies are small and plain; the application's mapper and its strictness are not needed here.
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ServiceProblem toThrowable(Response response) {
        if (response.getStatus() >= 500) {
            return ServiceProblem.failed(response.getStatus());
        }
        Map<String, Object> body = read(response);
        Object detail = body.get("detail");
        Object fields = body.get("errors");
        return new ServiceProblem(response.getStatus(), String.valueOf(body.getOrDefault("title", "Request failed")),
                detail == null ? null : detail.toString(),
                fields instanceof List<?> list ? (List<Map<String, Object>>) list : null);
    }

    private static Map<String, Object> read(Response response) {
        try {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            return text == null || text.isBlank() ? Map.of() : JSON.readValue(text, OBJECT);
        } catch (RuntimeException | JsonProcessingException notProblemJson) {
            return Map.of(); // the status alone has to do
        }
    }

    /**
     * What a failed call means for the page: a service's refusal as it was, no connection or no answer
     * in time as "unavailable", an answer that is not the JSON expected as "unexpected". Anything else is
     * a fault of the portal and is left as it is.
     */
    public static RuntimeException explain(RuntimeException failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ServiceProblem problem) {
            return problem;
        }
        if (causedBy(cause, JsonProcessingException.class)) {
            return ServiceProblem.garbled(cause);
        }
        if (cause instanceof ProcessingException || cause instanceof io.smallrye.mutiny.TimeoutException
                || causedBy(cause, TimeoutException.class) || causedBy(cause, IOException.class)) {
            return ServiceProblem.unreachable(cause);
        }
        return failure;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
