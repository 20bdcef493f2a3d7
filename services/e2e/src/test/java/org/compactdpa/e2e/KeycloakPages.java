package org.compactdpa.e2e;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * Keycloak's own pages, gone through as a person in a browser goes through them: an HTTP client that
 * keeps Keycloak's cookies, follows its links and submits its forms with every field they carry.
 * Nothing here uses Keycloak's admin API.
 *
 * <p>Keycloak marks its session cookies {@code Secure} even over plain HTTP. A browser sends them to
 * 127.0.0.1 all the same, because it counts the loopback address as a secure origin; Java's cookie
 * manager does not, so this client keeps the cookies itself and sends them as a browser would.
 */
final class KeycloakPages {

    /** Keycloak's pages between a mailed link and the end of its flow: a confirmation, the form, the result. */
    private static final int MOST_PAGES = 10;

    private final String keycloakUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    KeycloakPages(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /**
     * Opens the link of Keycloak's "update your account" mail, confirms the action, types the password
     * twice into Keycloak's form and submits it. Answers where Keycloak left the person: the address it
     * sent them to outside Keycloak (the portal), or the text of its last page.
     */
    String choosePassword(String mailedLink, String password) throws IOException, InterruptedException {
        URI next = URI.create(mailedLink);
        Map<String, String> form = null;
        boolean submitted = false;
        for (int page = 0; page < MOST_PAGES; page++) {
            HttpResponse<String> answer = http.send(request(next, form), HttpResponse.BodyHandlers.ofString());
            keepCookies(answer);
            form = null;
            if (answer.statusCode() / 100 == 3) {
                URI target = next.resolve(answer.headers().firstValue("Location").orElseThrow());
                if (!target.toString().startsWith(keycloakUrl)) {
                    return target.toString();
                }
                next = target;
                continue;
            }
            Document html = Jsoup.parse(answer.body(), next.toString());
            if (answer.statusCode() != 200 || html.selectFirst("#kc-error-message") != null) {
                throw new AssertionError("Keycloak answered " + answer.statusCode() + " at " + next + ": " + html.text());
            }
            FormElement passwordForm = passwordForm(html);
            if (passwordForm != null) {
                if (submitted) {
                    throw new AssertionError("Keycloak showed its password form again: " + html.text());
                }
                form = fields(passwordForm);
                form.put("password-new", password);
                form.put("password-confirm", password);
                next = URI.create(passwordForm.absUrl("action"));
                submitted = true;
                continue;
            }
            if (submitted) {
                return html.text();
            }
            // Keycloak first asks whether to go ahead with the actions the mail is for.
            Element proceed = html.selectFirst("a[href*=/login-actions/]");
            if (proceed == null) {
                throw new AssertionError("Keycloak showed neither its password form nor a way to it: " + html.text());
            }
            next = URI.create(proceed.absUrl("href"));
        }
        throw new AssertionError("Keycloak's password flow took more than " + MOST_PAGES + " pages");
    }

    private HttpRequest request(URI uri, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (form == null) {
            return request.GET().build();
        }
        String body = form.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Keycloak's pages all live under one realm path, so a cookie is kept by its name alone. */
    private void keepCookies(HttpResponse<String> answer) {
        for (String header : answer.headers().allValues("Set-Cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
    }

    private static FormElement passwordForm(Document html) {
        return html.select("form").forms().stream()
                .filter(f -> f.selectFirst("input[name=password-new]") != null).findFirst().orElse(null);
    }

    /** What the browser would send of the form as it stands: hidden fields, checked boxes and the like. */
    private static Map<String, String> fields(FormElement form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.put(field.key(), field.value()));
        return fields;
    }
}
