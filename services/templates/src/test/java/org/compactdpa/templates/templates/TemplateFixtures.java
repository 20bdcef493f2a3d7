package org.compactdpa.templates.templates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.local.Workspace;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KeycloakUsers;
import org.compactdpa.testing.Tokens;

/** The sample template the demo ships, published under a fresh template for each test that asks. */
public final class TemplateFixtures {

    public static final String COORDINATOR = "coordinator";
    /** Another consortium and its coordinator, made once per test run. */
    public static final UUID ELSEWHERE = UUID.randomUUID();

    private static final String ELSEWHERE_COORDINATOR = "elsewhere-coordinator-" + ELSEWHERE.toString().substring(0, 8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean elsewhereCreated;

    private TemplateFixtures() {
    }

    public static synchronized String elsewhereCoordinator() {
        if (!elsewhereCreated) {
            KeycloakUsers.create(ELSEWHERE_COORDINATOR, Roles.COORDINATOR, "CONSORTIUM", ELSEWHERE);
            elsewhereCreated = true;
        }
        return ELSEWHERE_COORDINATOR;
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
        return given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(Map.of("name", "Sample DPA " + UUID.randomUUID(), "consortiumId", DemoOrganisations.CONSORTIUM.toString(),
                        "state", "MA"))
                .when().post("/api/templates").then().statusCode(201).extract().path("id");
    }

    /** A new template whose version 1 is the sample, published. */
    public static String publishedTemplate() {
        String id = newTemplate();
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(sampleContent().toString())
                .when().put("/api/templates/" + id + "/versions/1").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/1/publish").then().statusCode(200);
        return id;
    }

    /** A template of the user's consortium whose version 1 holds the sample content as a draft. */
    public static String templateWithDraft(String user, UUID consortium) {
        String id = given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                .body(Map.of("name", "DPA " + UUID.randomUUID(), "consortiumId", consortium.toString(), "state", "NH"))
                .when().post("/api/templates").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                .body(sampleContent().toString())
                .when().post("/api/templates/" + id + "/versions").then().statusCode(201).body("version", equalTo(1));
        return id;
    }

    public static void step(String user, String templateId, int version, String step, int status) {
        given().header("Authorization", Tokens.bearer(user))
                .when().post("/api/templates/" + templateId + "/versions/" + version + "/" + step)
                .then().statusCode(status);
    }

    /** A comment on V.4 by the user (a coordinator of the template's consortium comments without waiting on events). */
    public static String comment(String user, String templateId, int version, Object replyTo) {
        Map<String, Object> body = replyTo == null ? Map.of("clauseKey", "V.4", "text", "Please say who is notified.")
                : Map.of("clauseKey", "V.4", "text", "A reply.", "replyTo", replyTo);
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/templates/" + templateId + "/versions/" + version + "/comments")
                .then().statusCode(201).extract().path("id");
    }
}
