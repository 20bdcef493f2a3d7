package org.compactdpa.templates.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.local.Workspace;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;

/** The sample template the demo ships, published under a fresh template for each test that asks. */
public final class TemplateFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateFixtures() {
    }

    public static ObjectNode sampleContent() {
        try {
            return (ObjectNode) JSON.readTree(Workspace.root().resolve("deploy/local/demo/sample-template-content.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with one clause's text replaced. */
    public static ObjectNode sampleWith(String clauseKey, String text) {
        ObjectNode content = sampleContent();
        content.withArray("clauses").forEach(c -> {
            if (c.get("key").asText().equals(clauseKey)) {
                ((ObjectNode) c).put("text", text);
            }
        });
        return content;
    }

    public static String newTemplate() {
        return given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("name", "Sample DPA " + UUID.randomUUID(), "consortiumId", DemoOrganisations.CONSORTIUM.toString(),
                        "state", "MA"))
                .when().post("/api/templates").then().statusCode(201).extract().path("id");
    }

    /** A new template whose version 1 is the sample, published. */
    public static String publishedTemplate() {
        String id = newTemplate();
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(sampleContent().toString())
                .when().put("/api/templates/" + id + "/versions/1").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().post("/api/templates/" + id + "/versions/1/publish").then().statusCode(200);
        return id;
    }
}
