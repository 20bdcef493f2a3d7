package org.compactdpa.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page with a form, opened as a browser would (as someone, or nobody), and the form sent back from
 * it with the page's CSRF token and cookie: what a test uses to post a form the way a person does.
 *
 * @param authorization the Authorization header value, or null for nobody signed in
 * @param page the page as it was served
 */
public record FormSession(String authorization, Response page, String csrf, String cookie) {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Opens the page (which must answer 200 with a form) and keeps its CSRF token. */
    public static FormSession open(String authorization, String path) {
        Response page = as(authorization).when().get(path);
        assertThat(page.statusCode()).as("GET " + path + ": " + page.asString()).isEqualTo(200);
        Matcher token = TOKEN.matcher(page.asString());
        assertThat(token.find()).as("a CSRF token in " + path).isTrue();
        assertThat(page.getCookie("csrf-token")).as("the CSRF cookie of " + path).isNotNull();
        return new FormSession(authorization, page, token.group(1), page.getCookie("csrf-token"));
    }

    /** A request as the same person, redirects not followed. */
    public static RequestSpecification as(String authorization) {
        RequestSpecification request = given().redirects().follow(false);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    /** The form's fields as name, value pairs (a name may repeat); the CSRF token is added. */
    public Response post(String path, String... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in name, value pairs");
        }
        RequestSpecification request = as(authorization).cookie("csrf-token", cookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.when().post(path);
    }

    public String html() {
        return page.asString();
    }
}
