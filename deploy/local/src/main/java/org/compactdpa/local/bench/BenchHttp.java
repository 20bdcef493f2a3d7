package org.compactdpa.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactdpa.local.KeycloakServer;

/**
 * The HTTP side of the bench with the JDK alone: JSON requests with a bearer token, tokens from the
 * password grant the demo users use (fetched again before they expire), and the few fields the bench
 * reads out of an answer.
 */
final class BenchHttp {

    static final String PASSWORD = "demo";
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    /** Access tokens of the realm live 15 minutes; one older than this is fetched again. */
    private static final long TOKEN_REUSE_NANOS = Duration.ofMinutes(10).toNanos();

    record Answer(int status, String body, String location) {

        String field(String name) {
            return BenchHttp.field(body, name);
        }
    }

    private record Token(String value, long fetchedAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloakUrl;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    BenchHttp(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    String keycloakUrl() {
        return keycloakUrl;
    }

    /** "Bearer ..." for a user of realm compact with the demo password. */
    String bearer(String user) {
        Token token = tokens.get(user);
        if (token == null || System.nanoTime() - token.fetchedAt() > TOKEN_REUSE_NANOS) {
            token = new Token(password("/realms/compact", "compact-cli", user, PASSWORD), System.nanoTime());
            tokens.put(user, token);
        }
        return "Bearer " + token.value();
    }

    /** "Bearer ..." for Keycloak's own administrator, for its admin REST API. */
    String adminBearer() {
        return "Bearer " + password("/realms/master", "admin-cli", "admin",
                KeycloakServer.adminPassword());
    }

    private String password(String realm, String client, String user, String password) {
        String form = "grant_type=password&client_id=" + client + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloakUrl + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("No token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    Answer get(String url, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return answer(send(request.build()));
    }

    Answer post(String url, String bearer, String json) {
        return answer(send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build()));
    }

    /** Like {@link #post} but fails unless the answer has the expected status. */
    Answer expect(int status, Answer answer, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first string value of a field in a JSON text, or null. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Every string value of a field in a JSON text, in order. */
    static List<String> fields(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
