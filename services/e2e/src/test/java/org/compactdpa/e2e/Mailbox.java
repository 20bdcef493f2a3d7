package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mailboxes of the stack's mail catcher, read through its REST API the way a person reads their
 * mail: the subject and the text a reader sees (multipart and transfer encodings undone).
 */
final class Mailbox {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private final String apiUrl;

    Mailbox(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    /** One mail as it arrived. */
    record Mail(String subject, String text) {

        /** The first address in the text that starts with {@code prefix}. */
        String link(String prefix) {
            Matcher link = Pattern.compile(Pattern.quote(prefix) + "[^\\s\"<>]*").matcher(text);
            if (!link.find()) {
                throw new AssertionError("No link starting with " + prefix + " in the mail \"" + subject + "\":\n" + text);
            }
            return link.group();
        }
    }

    /** Every mail the address received, oldest first; none when it never received one. */
    List<Mail> of(String address) {
        Response answer = given().accept(ContentType.JSON)
                .when().get(apiUrl + "/api/user/" + address.toLowerCase(Locale.ROOT) + "/messages/INBOX");
        List<Mail> mails = new ArrayList<>();
        // The catcher makes a mailbox on the first mail to it; before that it answers with an error.
        if (answer.statusCode() == 200 && answer.asString().startsWith("[")) {
            for (Map<String, Object> mail : answer.jsonPath().<Map<String, Object>>getList("$")) {
                mails.add(new Mail(String.valueOf(mail.get("subject")), readable(String.valueOf(mail.get("mimeMessage")))));
            }
        }
        return mails;
    }

    /** The latest mail to the address that matches, waiting for it a while. */
    Mail waitFor(String address, Predicate<Mail> which) {
        AtomicReference<Mail> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Mail> matching = of(address).stream().filter(which).toList();
            found.set(matching.isEmpty() ? null : matching.get(matching.size() - 1));
            return found.get() != null;
        });
        return found.get();
    }

    /** The text of a MIME entity: the first text/plain part of a multipart one (else its first part), decoded. */
    static String readable(String entity) {
        String headers = headers(entity);
        Matcher boundary = BOUNDARY.matcher(headers);
        if (headers.toLowerCase(Locale.ROOT).contains("content-type: multipart/") && boundary.find()) {
            String first = null;
            for (String part : body(entity).split("(?m)^--" + Pattern.quote(boundary.group(1)))) {
                String trimmed = part.replaceFirst("^\\r?\\n", "");
                if (trimmed.isBlank() || trimmed.startsWith("--")) {
                    continue;
                }
                if (headers(trimmed).toLowerCase(Locale.ROOT).contains("text/plain")) {
                    return readable(trimmed);
                }
                first = first == null ? trimmed : first;
            }
            return first == null ? "" : readable(first);
        }
        Matcher charsetName = CHARSET.matcher(headers);
        Charset charset = charsetName.find() ? Charset.forName(charsetName.group(1)) : StandardCharsets.UTF_8;
        String encoding = headers.toLowerCase(Locale.ROOT).replaceAll("\\r?\\n[ \\t]+", " ");
        if (encoding.contains("content-transfer-encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(body(entity)), charset);
        }
        if (encoding.contains("content-transfer-encoding: quoted-printable")) {
            return quotedPrintable(body(entity), charset);
        }
        return body(entity);
    }

    private static String headers(String entity) {
        int end = entity.indexOf("\r\n\r\n");
        return end < 0 ? entity : entity.substring(0, end);
    }

    private static String body(String entity) {
        int end = entity.indexOf("\r\n\r\n");
        return end < 0 ? "" : entity.substring(end + 4);
    }

    /** Undoes quoted-printable: soft line breaks joined, =XX bytes restored, then read in the part's charset. */
    private static String quotedPrintable(String body, Charset charset) {
        String joined = body.replace("=\r\n", "").replace("=\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && Character.digit(joined.charAt(i + 1), 16) >= 0
                    && Character.digit(joined.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(charset);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(charset);
    }
}
