package org.compactdpa.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Kubernetes objects `helm template` produced, parsed so tests can look at values, not text. */
record RenderedChart(List<JsonNode> objects) {

    // Kubernetes rejects a manifest with a key twice in one mapping (e.g. a label); so does this parser.
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = new ObjectMapper(FACTORY);

    static RenderedChart parse(String manifest) {
        List<JsonNode> objects = new ArrayList<>();
        try (YAMLParser parser = FACTORY.createParser(manifest)) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode node = it.next();
                if (node != null && node.hasNonNull("kind")) {
                    objects.add(node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The rendered chart is not valid YAML", e);
        }
        return new RenderedChart(objects);
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("No " + kind + " named " + name + " in "
                + objects.stream().map(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText()).toList()));
    }

    /** The single container of a Deployment. */
    static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        if (containers.size() != 1) {
            throw new AssertionError("Expected one container in " + deployment.path("metadata").path("name"));
        }
        return containers.get(0);
    }

    /** A container's environment variable by name (value or valueFrom), or a missing node. */
    static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
