package org.compactdpa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid CSRF token and its cookie, as the public verify form hands them to anyone: what a test sends
 * so that a form post gets past the CSRF check and meets whatever the test is about.
 *
 * @param token the form field's value
 * @param cookie the cookie's value
 */
public record CsrfToken(String token, String cookie) {

    private static final Pattern FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("csrf-token=([^;]+)");

    public static CsrfToken fromAPublicForm() throws IOException {
        RawHttp.Answer form = RawHttp.get("/verify");
        Matcher field = FIELD.matcher(form.body());
        Matcher cookie = COOKIE.matcher(String.valueOf(form.header("set-cookie")));
        assertThat(field.find() && cookie.find()).as("a CSRF token and cookie from /verify").isTrue();
        return new CsrfToken(field.group(1), cookie.group(1));
    }

    /** The request header line that sends the cookie. */
    public String cookieHeader() {
        return "Cookie: csrf-token=" + cookie;
    }
}
