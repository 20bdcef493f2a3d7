package org.compactdpa.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactdpa.local.PostgresServer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every Compact service promises, checked against the real Keycloak: health, metrics and
 * OpenAPI are served; a demo user's access token is accepted and its organisation claim read; no
 * token, an ID token or another client's access token is a 401 and a wrong role a 403, all as
 * problem+json; and every API operation the service's OpenAPI
 * document lists answers malformed bodies, malformed ids, unknown ids and nonsense query values with
 * a 4xx problem, never a 5xx. Each service's test suite extends this.
 */
public abstract class ServiceContractTest {

    /** Services without a database have no outbox to guard. */
    protected boolean hasOutbox() {
        return true;
    }

    @Test
    void servesHealthMetricsAndOpenApi() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("# TYPE"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3."));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * The error half of the contract comes from one place (the platform's ProblemResponses filter):
     * every operation that names something by id documents 404, every secured one 401 and 403, and
     * every documented error carries the Problem schema.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDocumentsItsProblemsWithTheProblemSchema() {
        Map<String, Object> document = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        assertThat(schemas).containsKey("Problem");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        int checked = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    continue;
                }
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                if (path.getKey().contains("{")) {
                    assertThat(responses).as(name).containsKey("404");
                }
                if (operation.get("security") instanceof List<?> security && !security.isEmpty()) {
                    assertThat(responses).as(name).containsKeys("401", "403");
                }
                for (Map.Entry<String, Map<String, Object>> response : responses.entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(String.valueOf(response.getValue().get("content"))).as(name + " " + response.getKey())
                                .contains("application/problem+json").contains("#/components/schemas/Problem");
                    }
                }
                checked++;
            }
        }
        assertThat(checked).as("operations checked").isPositive();
    }

    /**
     * Every input has an upper bound the document shows: a string its maxLength, a list its maxItems,
     * in every JSON request body (nested records included) and every query parameter. The document reads
     * them from the records' Bean Validation annotations, so a field without a limit shows here.
     */
    @Test
    void everyInputOfTheApiDocumentsItsLimit() {
        Map<String, Object> document = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        OpenApiLimits.Findings findings = OpenApiLimits.of(document);
        assertThat(findings.unbounded()).as("inputs without a limit, of %d checked", findings.checked()).isEmpty();
    }

    @Test
    void acceptsADemoUsersTokenAndReadsTheOrganisationClaim() {
        assertThat(Tokens.claims(Tokens.of("maple-signer")).getString("typ")).isEqualTo("Bearer");
        assertThat(Tokens.audience(Tokens.of("maple-signer"))).contains(Tokens.API_AUDIENCE);
        given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("maple-signer"))
                .body("roles", hasItem("district-signer"))
                .body("organisationType", equalTo("DISTRICT"))
                .body("organisationId", equalTo(DemoOrganisations.MAPLE.toString()));
    }

    @Test
    void withoutATokenAnswers401Problem() {
        given().when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aForgedTokenAnswers401Problem() {
        String forged = Tokens.of("maple-signer");
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", "Bearer " + tampered)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    /**
     * An ID token is signed by the same realm and names the same user, but it is addressed to the client
     * that signed the user in and is no permission to call an API.
     */
    @Test
    void anIdTokenAnswers401Problem() {
        String idToken = Tokens.idToken("maple-signer");
        assertThat(Tokens.claims(idToken).getString("typ")).as("what the test sends").isEqualTo("ID");
        given().header("Authorization", "Bearer " + idToken)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    /**
     * The same user's access token, with the same roles and organisation, issued to another client of
     * the realm: it was not issued for this platform (no API audience), so no service takes it.
     */
    @Test
    void anAccessTokenOfAnotherClientOfTheRealmAnswers401Problem() {
        String foreign = Tokens.foreignAccessToken("maple-signer");
        assertThat(Tokens.claims(foreign).getString("typ")).as("what the test sends").isEqualTo("Bearer");
        assertThat(Tokens.claims(foreign).getString("azp")).isEqualTo(Tokens.FOREIGN_CLIENT);
        assertThat(Tokens.claims(foreign).getString("org_id")).isEqualTo(DemoOrganisations.MAPLE.toString());
        assertThat(Tokens.audience(foreign)).doesNotContain(Tokens.API_AUDIENCE);
        given().header("Authorization", "Bearer " + foreign)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    protected void aWrongRoleAnswers403Problem() {
        Assumptions.assumeTrue(hasOutbox(), "no admin-only resource in a service without an outbox");
        given().header("Authorization", Tokens.bearer("maple-staff"))
                .when().get("/api/admin/outbox")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/admin/outbox")
                .then().statusCode(200);
    }

    /**
     * The role the service runs as reads and writes rows and nothing more: the schema belongs to the
     * migration role, so these credentials cannot create, drop or alter a table, nor switch off its
     * triggers, nor rewrite the migration history.
     */
    @Test
    void theServicesDatabaseRoleMayChangeRowsButNotTheSchema() throws SQLException {
        Assumptions.assumeTrue(hasOutbox(), "no database in this service");
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, PostgresServer.APP_USER, PostgresServer.APP_PASSWORD);
             Statement statement = db.createStatement()) {
            statement.execute("select count(*) from outbox_event");
            for (String ddl : List.of("create table intruder (id int)", "drop table outbox_event",
                    "alter table outbox_event disable trigger all", "alter table outbox_event add column extra text",
                    "create index intruder_idx on outbox_event (id)", "truncate outbox_event",
                    "delete from flyway_schema_history")) {
                assertThatThrownBy(() -> statement.execute(ddl)).as(ddl)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(ddl).isEqualTo("42501"));
            }
        }
    }

    @Test
    void anUnknownPathIs404Problem() {
        given().when().get("/api/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Who the sweep calls as: every kind of organisation, an admin, and nobody. */
    private static final List<String> PROBE_USERS =
            List.of("admin", "coordinator", "maple-signer", "brightpath-signer", "");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Encoded characters that once made the error mapper itself fail: space, NUL, braces, CR/LF. */
    private static final List<String> HOSTILE_PATH_VALUES = List.of("a%20b", "a%00b", "%7Bx%7D", "a%0D%0AINFO%20forged");
    /** What no problem detail may show: our class names, or more than a short piece of the caller's value. */
    private static final Pattern INTERNAL_NAME = Pattern.compile("org\\.compactdpa|java\\.(lang|util|time)\\.|com\\.fasterxml|jakarta\\.");

    @Test
    void aBodyOverTheLimitIs413Problem() {
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json").body(huge)
                .when().post("/api/me")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void everyApiOperationAnswersBadInputWithA4xxProblem() {
        Map<String, Object> document = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas = document.get("components") instanceof Map<?, ?> components
                && components.get("schemas") instanceof Map<?, ?> found ? (Map<String, Object>) found : Map.of();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int probes = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                @SuppressWarnings("unchecked")
                Operation op = Operation.of(operation.getKey(), path.getKey(),
                        (Map<String, Object>) operation.getValue(), schemas);
                for (String user : PROBE_USERS) {
                    if (op.bodyType() != null) {
                        probes++;
                        check(op, user, "a malformed body", op.path(null), op.malformedBody(), false, failures);
                    }
                    if (op.isJson()) {
                        probes += 2;
                        check(op, user, "a key given twice", op.path(null), op.duplicateKeys(), false, failures);
                        if (op.hasTextFields()) {
                            check(op, user, "NUL and a bidi override in its text", op.path(null), op.unsafeText(), false,
                                    failures);
                        }
                    }
                    if (op.hasPathParameters()) {
                        probes++;
                        check(op, user, "a malformed id", op.path("not-an-id"), op.emptyBody(), true, failures);
                        for (String hostile : HOSTILE_PATH_VALUES) {
                            probes++;
                            check(op, user, "the id " + hostile, op.path(hostile), op.emptyBody(), true, failures);
                        }
                        if (op.bodyType() == null) {
                            probes++;
                            check(op, user, "an unknown id", op.path(null), null, true, failures);
                        }
                    }
                    if (op.hasQueryParameters()) {
                        probes += 2;
                        check(op, user, "nonsense query values", op.path(null) + op.nonsenseQuery(),
                                op.emptyBody(), true, failures);
                        check(op, user, "NUL in every query value", op.path(null) + op.query("a%00b"),
                                op.emptyBody(), true, failures);
                    }
                }
            }
        }
        assertThat(operations).as("API operations in the OpenAPI document").isPositive();
        assertThat(failures).as("%d probes over %d operations", probes, operations).isEmpty();
    }

    /**
     * One bad request. A malformed body must be refused outright; other probes may succeed (an
     * unknown id on a search, say), but whatever fails must fail as a 4xx problem.
     */
    private static void check(Operation op, String user, String what, String uri, byte[] body,
            boolean successAllowed, List<String> failures) {
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
        if (!user.isEmpty()) {
            request.header("Authorization", Tokens.bearer(user));
        }
        if (body != null) {
            request.contentType(op.bodyType()).body(body);
        }
        Response response = request.request(op.method(), uri);
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        String as = user.isEmpty() ? "anonymous" : user;
        boolean refused = status >= 400 && status < 500;
        String answer = response.asString();
        if (status >= 500) {
            failures.add(op + " with " + what + " as " + as + ": " + status + " " + answer);
        } else if (refused && (INTERNAL_NAME.matcher(answer).find() || answer.length() > 4000)) {
            failures.add(op + " with " + what + " as " + as + ": the problem names internals or echoes too much: "
                    + answer.substring(0, Math.min(answer.length(), 600)));
        } else if (refused && !type.startsWith("application/problem+json")) {
            failures.add(op + " with " + what + " as " + as + ": " + status + " as " + type);
        } else if (!refused && !successAllowed) {
            failures.add(op + " with " + what + " as " + as + ": accepted with " + status);
        }
    }

    /** One operation of the OpenAPI document, enough to build bad requests for it. */
    private record Operation(String method, String template, String bodyType, List<String> queryParameters,
            Map<String, String> pathTypes, List<String> textFields) {

        private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

        @SuppressWarnings("unchecked")
        static Operation of(String method, String template, Map<String, Object> spec, Map<String, Object> schemas) {
            String bodyType = null;
            List<String> textFields = new ArrayList<>();
            if (spec.get("requestBody") instanceof Map<?, ?> requestBody
                    && requestBody.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
                bodyType = content.containsKey("application/json") ? "application/json"
                        : String.valueOf(content.keySet().iterator().next());
                if (content.get("application/json") instanceof Map<?, ?> json && json.get("schema") instanceof Map<?, ?> schema) {
                    textFields.addAll(textFieldsOf((Map<String, Object>) schema, schemas));
                }
            }
            List<String> query = new ArrayList<>();
            Map<String, String> pathTypes = new HashMap<>();
            for (Object parameter : (List<Object>) spec.getOrDefault("parameters", List.of())) {
                Map<String, Object> p = (Map<String, Object>) parameter;
                if ("query".equals(p.get("in"))) {
                    query.add(String.valueOf(p.get("name")));
                } else if ("path".equals(p.get("in")) && p.get("schema") instanceof Map<?, ?> schema) {
                    pathTypes.put(String.valueOf(p.get("name")), schema.get("type") + "/" + schema.get("format"));
                }
            }
            return new Operation(method.toUpperCase(), template, bodyType, query, pathTypes, textFields);
        }

        /** The top-level string properties of a body schema, following one $ref. */
        @SuppressWarnings("unchecked")
        private static List<String> textFieldsOf(Map<String, Object> schema, Map<String, Object> schemas) {
            Map<String, Object> resolved = schema;
            if (schema.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")
                    && schemas.get(ref.substring("#/components/schemas/".length())) instanceof Map<?, ?> target) {
                resolved = (Map<String, Object>) target;
            }
            List<String> fields = new ArrayList<>();
            if (resolved.get("properties") instanceof Map<?, ?> properties) {
                for (Map.Entry<?, ?> property : properties.entrySet()) {
                    if (property.getValue() instanceof Map<?, ?> p && String.valueOf(p.get("type")).contains("string")
                            && p.get("format") == null && p.get("enum") == null) {
                        fields.add(String.valueOf(property.getKey()));
                    }
                }
            }
            return fields;
        }

        boolean isJson() {
            return "application/json".equals(bodyType);
        }

        boolean hasTextFields() {
            return !textFields.isEmpty();
        }

        byte[] duplicateKeys() {
            String key = textFields.isEmpty() ? "name" : textFields.get(0);
            return ("{\"" + key + "\":\"a\",\"" + key + "\":\"b\"}").getBytes(StandardCharsets.UTF_8);
        }

        /** Every text field set to a value holding NUL and a right-to-left override. */
        byte[] unsafeText() {
            StringBuilder body = new StringBuilder("{");
            for (String field : textFields) {
                body.append(body.length() > 1 ? "," : "").append('"').append(field).append("\":\"Reader\\u202e fdp\\u0000.exe\"");
            }
            return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
        }

        String query(String value) {
            StringBuilder query = new StringBuilder();
            for (String name : queryParameters) {
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
            }
            return query.toString();
        }

        boolean hasPathParameters() {
            return template.contains("{");
        }

        boolean hasQueryParameters() {
            return !queryParameters.isEmpty();
        }

        /**
         * The path with every parameter set to {@code everyParameter}, or, when that is null, to a
         * well-formed value nobody holds (a fresh UUID, version 1, a key "X"), so that the request
         * gets past the parameters to whatever the probe is about.
         */
        String path(String everyParameter) {
            Matcher parameter = PATH_PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                String value = everyParameter != null ? everyParameter : wellFormed(pathTypes.get(parameter.group(1)));
                parameter.appendReplacement(path, value);
            }
            return parameter.appendTail(path).toString();
        }

        private static String wellFormed(String type) {
            if (type == null || type.endsWith("/uuid")) {
                return UUID.randomUUID().toString();
            }
            return type.startsWith("integer") || type.startsWith("number") ? "1" : "X";
        }

        String nonsenseQuery() {
            StringBuilder query = new StringBuilder();
            for (String name : queryParameters) {
                query.append(query.isEmpty() ? '?' : '&').append(name).append("=-1%27%22x");
            }
            return query.toString();
        }

        byte[] malformedBody() {
            String text = bodyType.contains("json") ? "{\"broken\": [1, " : "\u0000 this is not what was asked for";
            return text.getBytes(StandardCharsets.UTF_8);
        }

        byte[] emptyBody() {
            if (bodyType == null) {
                return null;
            }
            return (bodyType.contains("json") ? "{}" : "").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }
}
