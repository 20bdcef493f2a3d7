package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactdpa.local.MailText;

/**
 * The mailboxes of the stack's mail catcher, read through its REST API the way a person reads their
 * mail: the subject and the text a reader sees (multipart and transfer encodings undone).
 */
final class Mailbox {


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
                mails.add(new Mail(String.valueOf(mail.get("subject")), MailText.readable(String.valueOf(mail.get("mimeMessage")))));
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
}
