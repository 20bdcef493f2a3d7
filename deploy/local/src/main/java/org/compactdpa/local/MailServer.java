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
 * the same mailboxes (any password for a mailbox created on the fly, or the one given in
 * {@code users}). Mail lives in memory only: a restart empties every mailbox.
 */
public final class MailServer {

    private final int smtpPort;
    private final int apiPort;
    private final ManagedProcess process;

    /**
     * @param imapPort 0 for none
     * @param users    mailboxes made at start, as {@code login:password@domain,...} (GreenMail's
     *                 format); null or blank for none
     */
    public MailServer(Path home, int smtpPort, int imapPort, int apiPort, String users) {
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
        List<String> command = new ArrayList<>(List.of(ManagedProcess.javaExecutable(), "-Xms32m", "-Xmx128m",
                "-Dcompact.part=mail", "-Dcompact.stack=" + home.toAbsolutePath(),
                "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                "-Dgreenmail.verbose=false"));
        if (imapPort > 0) {
            command.add("-Dgreenmail.imap.hostname=127.0.0.1");
            command.add("-Dgreenmail.imap.port=" + imapPort);
        }
        if (users != null && !users.isBlank()) {
            command.add("-Dgreenmail.users=" + users);
        }
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        this.process = new ManagedProcess("mail", command, Map.of(), home, home.resolve("mail.log"));
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
