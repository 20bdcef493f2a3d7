package org.compactdpa.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets where a realm ({@code compact} in every stack) sends Keycloak's own mails (the link to choose a password, "forgot
 * password"), through Keycloak's admin API as its bootstrap administrator. The realm file carries no
 * SMTP settings because the server's port differs from stack to stack (tests take free ports), so the
 * stack sets them after every start, on a kept realm as on a freshly imported one.
 */
public final class RealmMail {

    static final String FROM = "no-reply@compact.local";
    private static final String FROM_NAME = "Compact sign-in";
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private RealmMail() {
    }

    static void pointAt(KeycloakServer keycloak, String smtpHost, int smtpPort) {
        pointAt(keycloak.baseUrl(), "compact", smtpHost, smtpPort);
    }

    /** For a server this stack did not start, e.g. the one every test JVM of a build shares. */
    public static void pointAt(String keycloakBaseUrl, String realm, String smtpHost, int smtpPort) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                    + URLEncoder.encode(KeycloakServer.adminPassword(), StandardCharsets.UTF_8);
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(
                            URI.create(keycloakBaseUrl + "/realms/master/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher admin = TOKEN.matcher(token.body());
            if (token.statusCode() != 200 || !admin.find()) {
                throw new StackFailure("Keycloak's administrator could not sign in to set the realm's mail server: "
                        + token.statusCode() + " " + token.body());
            }
            String settings = """
                    {"smtpServer": {"host": "%s", "port": "%d", "from": "%s", "fromDisplayName": "%s",
                     "auth": "false", "ssl": "false", "starttls": "false"}}""".formatted(smtpHost, smtpPort, FROM, FROM_NAME);
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(
                            URI.create(keycloakBaseUrl + "/admin/realms/" + realm))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + admin.group(1))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(settings)).build(), HttpResponse.BodyHandlers.ofString());
            if (update.statusCode() != 204) {
                throw new StackFailure("Keycloak refused the realm's mail server settings: " + update.statusCode()
                        + " " + update.body());
            }
        } catch (IOException e) {
            throw new StackFailure("Keycloak could not be reached to set the realm's mail server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted while setting the realm's mail server");
        }
    }
}
