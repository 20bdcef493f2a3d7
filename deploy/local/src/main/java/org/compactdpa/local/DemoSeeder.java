package org.compactdpa.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the demo consortium through the public APIs, as the demo users, so the demo data travels
 * the same paths (validation, outbox, events) as real data. The seed file is a list of requests:
 * a line {@code AS <user> <METHOD> <service> <path>} followed by a JSON body and a blank line.
 * A body of {@code @file.json} is read from that file in the seed file's folder. A 409 (already
 * there) counts as done, so seeding twice is harmless.
 */
public final class DemoSeeder {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String DEMO_PASSWORD = "demo";
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String tokenUrl;
    private final Map<String, String> serviceUrls;
    private final Map<String, Token> tokens = new HashMap<>();

    public DemoSeeder(String realmUrl, Map<String, String> serviceUrls) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
        this.serviceUrls = Map.copyOf(serviceUrls);
    }

    public int seed(Path seedFile) throws IOException, InterruptedException {
        int applied = 0;
        for (SeedRequest request : parse(Files.readAllLines(seedFile, StandardCharsets.UTF_8))) {
            // A body of "@name.json" is read from that file beside the seed file.
            String body = request.body().strip().startsWith("@")
                    ? Files.readString(seedFile.resolveSibling(request.body().strip().substring(1)), StandardCharsets.UTF_8)
                    : request.body();
            String base = serviceUrls.get(request.service());
            if (base == null) {
                throw new StackFailure("Seed names unknown service " + request.service());
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + request.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token(request.user()))
                    .header("Content-Type", "application/json")
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 409) {
                continue;
            }
            if (status >= 300) {
                throw new StackFailure("Seeding " + request.method() + " " + request.path() + " as " + request.user()
                        + " answered " + status + ": " + response.body());
            }
            applied++;
        }
        return applied;
    }

    /**
     * An access token of the demo user. One is reused for a few minutes only: tokens live 15, and a test
     * run that asks again later must not be handed an expired one.
     */
    public synchronized String token(String user) throws IOException, InterruptedException {
        Token cached = tokens.get(user);
        if (cached != null && cached.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now())) {
            return cached.value();
        }
        String form = "grant_type=password&client_id=compact-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + DEMO_PASSWORD;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new StackFailure("No token for demo user " + user + ": " + response.statusCode() + " " + response.body());
        }
        tokens.put(user, new Token(matcher.group(1), Instant.now()));
        return matcher.group(1);
    }

    private record Token(String value, Instant fetchedAt) {
    }

    record SeedRequest(String user, String method, String service, String path, String body) {
    }

    static List<SeedRequest> parse(List<String> lines) {
        List<SeedRequest> requests = new ArrayList<>();
        String[] head = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("AS ")) {
                head = line.trim().split("\\s+");
                if (head.length != 5) {
                    throw new IllegalArgumentException("Expected 'AS <user> <METHOD> <service> <path>': " + line);
                }
                body.setLength(0);
            } else if (line.isBlank()) {
                if (head != null) {
                    requests.add(new SeedRequest(head[1], head[2], head[3], head[4], body.toString()));
                    head = null;
                }
            } else if (head != null) {
                body.append(line).append('\n');
            }
        }
        if (head != null) {
            requests.add(new SeedRequest(head[1], head[2], head[3], head[4], body.toString()));
        }
        return requests;
    }
}
