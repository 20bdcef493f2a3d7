package org.compactdpa.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A real SMTP server that keeps every mail it receives instead of delivering it: GreenMail standalone,
 * run from the jar deploy/mail copies out of Maven Central. Mail to any address is accepted and kept
 * in that address's mailbox (created on the fly); its REST API lists a mailbox
 * ({@code GET /api/user/{email}/messages/INBOX}), which is how the tests and a person trying the
 * local stack read the confirmation and invitation mails. With an IMAP port, a mail client can read
 * the same mailboxes (a mailbox created on the fly has its address as login and password; one given
 * in {@code users} its own). Mail lives in memory only: a restart empties every mailbox.
 */
public final class MailServer {

    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;
    private final ManagedProcess process;

    /**
     * @param imapPort 0 for none
     * @param users    mailboxes made at start, as {@code login:password@domain,...} (GreenMail's
     *                 format); null or blank for none
     */
    public MailServer(Path home, int smtpPort, int imapPort, int apiPort, String users) {
        this(home, home.resolve("mail.log"), smtpPort, imapPort, apiPort, users);
    }

    /**
     * @param home    the working directory, and the stack the process is marked as part of (so a
     *                stack's `down` finds it even after its supervisor was killed)
     * @param logFile where its output goes
     */
    public MailServer(Path home, Path logFile, int smtpPort, int imapPort, int apiPort, String users) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.apiPort = apiPort;
        // No -Dgreenmail.verbose at all: GreenMail reads the property's presence, not its value, and in
        // verbose mode it logs every SMTP line, i.e. every mail with its links, into the log file.
        List<String> command = new ArrayList<>(List.of(ManagedProcess.javaExecutable(), "-Xms32m", "-Xmx128m",
                "-Dcompact.part=mail", "-Dcompact.stack=" + home.toAbsolutePath(),
                "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort));
        if (imapPort > 0) {
            command.add("-Dgreenmail.imap.hostname=127.0.0.1");
            command.add("-Dgreenmail.imap.port=" + imapPort);
        }
        if (users != null && !users.isBlank()) {
            command.add("-Dgreenmail.users=" + users);
        }
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        this.process = new ManagedProcess("mail", command, Map.of(), home, logFile);
    }

    /** The jar deploy/mail resolves; built by {@code mvn -pl deploy/mail generate-resources}. */
    public static Path jar() {
        Path jar = Workspace.root().resolve("deploy/mail/target/greenmail-standalone.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn -pl deploy/mail generate-resources`");
        }
        return jar;
    }

    public String smtpHost() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The IMAP port, 0 when IMAP is off. */
    public int imapPort() {
        return imapPort;
    }

    /** Where the REST view of the mailboxes answers, e.g. {@code http://127.0.0.1:18025}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    public ManagedProcess process() {
        return process;
    }

    public void start(Consumer<ManagedProcess> onUnexpectedExit) {
        try {
            Files.createDirectories(process.logFile().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        process.start(onUnexpectedExit);
    }

    /** Ready once both the REST API and SMTP answer (the API starts last). */
    public void awaitReady(Duration timeout) {
        Readiness.awaitHttpOk(process, apiUrl() + "/api/service/readiness", timeout);
        Readiness.awaitPort(process, smtpPort, Duration.ofSeconds(10));
    }

    public void stop() {
        process.stop(Duration.ofSeconds(5));
    }
}
