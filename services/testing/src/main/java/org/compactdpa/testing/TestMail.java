package org.compactdpa.testing;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactdpa.local.Files2;
import org.compactdpa.local.MailServer;
import org.compactdpa.local.MailText;
import org.compactdpa.local.Readiness;
import org.compactdpa.local.RealmMail;
import org.compactdpa.local.Workspace;

/**
 * A real SMTP server for the tests of a service that sends mail (GreenMail, {@link MailServer}),
 * started once per test JVM like {@link TestInfrastructure}'s components and reached again from every
 * Quarkus class loader through system properties. Tests read what arrived through its REST API, as a
 * person would read their mailbox; {@link #pointRealmAt} makes Keycloak send its own mails there too.
 */
public final class TestMail {

    private static final String SHARED = "org.compactdpa.testing.mail.";

    private static TestMail instance;

    private final int smtpPort;
    private final String apiUrl;

    private TestMail(int smtpPort, String apiUrl) {
        this.smtpPort = smtpPort;
        this.apiUrl = apiUrl;
    }

    /** One mail as it arrived: its subject, sender and the text a reader sees (transfer encoding undone). */
    public record Message(String subject, String from, String text) {

        /** The first address in the text that starts with {@code prefix}. */
        public String linkStartingWith(String prefix) {
            Matcher link = Pattern.compile(Pattern.quote(prefix) + "[^\\s\"<>]*").matcher(text);
            if (!link.find()) {
                throw new AssertionError("No link starting with " + prefix + " in the mail \"" + subject + "\":\n" + text);
            }
            return link.group();
        }
    }

    public static TestMail get() {
        synchronized ("org.compactdpa.testing.TestMail") {
            if (instance == null) {
                String port = System.getProperty(SHARED + "smtp-port");
                instance = port == null ? start() : new TestMail(Integer.parseInt(port), System.getProperty(SHARED + "api"));
            }
            return instance;
        }
    }

    private static TestMail start() {
        Path home = Workspace.stateDir("test").resolve(ProcessHandle.current().pid() + "-mail");
        MailServer server = new MailServer(home, Readiness.freePort(), 0, Readiness.freePort(), null);
        server.start(null);
        server.awaitReady(Duration.ofSeconds(60));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            try {
                Files2.deleteTree(home);
            } catch (java.io.IOException e) {
                System.err.println("Could not remove " + home + ": " + e.getMessage());
            }
        }, "compact-test-mail-stop"));
        System.setProperty(SHARED + "smtp-port", String.valueOf(server.smtpPort()));
        System.setProperty(SHARED + "api", server.apiUrl());
        return new TestMail(server.smtpPort(), server.apiUrl());
    }

    public String smtpHost() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The REST view of the mailboxes, e.g. {@code http://127.0.0.1:41234}. */
    public String apiUrl() {
        return apiUrl;
    }

    /** Every mail that arrived for the address, oldest first. */
    public List<Message> messages(String address) {
        io.restassured.response.Response answer = RestAssured.given().accept(ContentType.JSON)
                .get(apiUrl + "/api/user/" + address.toLowerCase(Locale.ROOT) + "/messages/INBOX");
        List<Message> messages = new ArrayList<>();
        // A mailbox that never received anything does not exist yet: GreenMail answers with an error.
        List<Map<String, Object>> found = answer.statusCode() == 200 && answer.asString().startsWith("[")
                ? answer.jsonPath().getList("$") : null;
        if (found != null) {
            for (Map<String, Object> mail : found) {
                String raw = String.valueOf(mail.get("mimeMessage"));
                messages.add(new Message(String.valueOf(mail.get("subject")), header(raw, "From"), MailText.readable(raw)));
            }
        }
        return messages;
    }

    /** Waits for a mail to the address that matches, and returns the latest such mail. */
    public Message awaitMessage(String address, Predicate<Message> which, Duration timeout) {
        AtomicReference<Message> match = new AtomicReference<>();
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Message> matching = messages(address).stream().filter(which).toList();
            if (matching.isEmpty()) {
                return false;
            }
            match.set(matching.get(matching.size() - 1));
            return true;
        });
        return match.get();
    }

    /**
     * Makes the realm send its mails (e.g. the execute-actions mail that lets a person set a password)
     * to this server, through the Keycloak admin API of the test realm's server.
     */
    public void pointRealmAt(String realmUrl) {
        String base = realmUrl.replaceAll("/realms/[^/]+/?$", "");
        String realm = realmUrl.replaceAll(".*/realms/([^/]+)/?$", "$1");
        RealmMail.pointAt(base, realm, smtpHost(), smtpPort);
    }

    private static String header(String raw, String name) {
        Matcher header = Pattern.compile("(?im)^" + name + ":\\s*(.*)$").matcher(headersOf(raw));
        return header.find() ? header.group(1).strip() : null;
    }

    private static String headersOf(String part) {
        int end = part.indexOf("\r\n\r\n");
        return end < 0 ? part : part.substring(0, end);
    }
}
