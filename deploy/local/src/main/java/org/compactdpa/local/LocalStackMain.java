package org.compactdpa.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code LocalStackMain up [--infra]}: runs the stack in the foreground until it is
 * stopped (SIGTERM or Ctrl-C) or a part dies. deploy/local/compact wraps it for `make run`.
 * With --infra only PostgreSQL, Kafka, Keycloak and the mail catcher start (a stack for tests and
 * service development).
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !"up".equals(args[0])) {
            System.err.println("usage: compact-local up [--infra]");
            System.exit(2);
        }
        boolean infraOnly = List.of(args).contains("--infra");
        StackPorts ports = StackPorts.fromEnvironment();
        Path stateDir = Workspace.stateDir(infraOnly ? "infra" : "run");
        Files.createDirectories(stateDir);
        Files.deleteIfExists(stateDir.resolve("ready"));
        LocalStack stack = new LocalStack(stateDir, ports, infraOnly ? List.of() : ServiceSpec.all(ports), false)
                .withMailServer();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the Compact stack ...");
            stack.close();
            stopped.countDown();
        }, "compact-stop"));
        try {
            stack.start();
            if (!infraOnly) {
                seed(stack);
            }
        } catch (RuntimeException e) {
            System.err.println("The Compact stack did not start: " + e.getMessage());
            System.exit(1);
        }
        String summary = summary(stack, infraOnly);
        Files.writeString(stateDir.resolve("ready"), summary, StandardCharsets.UTF_8);
        System.out.println(summary);
        String crash = stack.failure().join();
        System.err.println("ERROR: " + crash);
        System.err.println("Stopping everything else; fix the cause and run `make run` again.");
        Files.writeString(stateDir.resolve("failed"), crash, StandardCharsets.UTF_8);
        System.exit(1);
    }

    private static void seed(LocalStack stack) throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        stack.services().forEach(s -> urls.put(s.name(), s.baseUrl()));
        Path seedFile = Workspace.root().resolve("deploy/local/demo/seed.txt");
        int applied = new DemoSeeder(stack.keycloak().realmUrl(), urls).seed(seedFile);
        System.out.println("Demo data: " + applied + " new records from " + seedFile);
    }

    private static String summary(LocalStack stack, boolean infraOnly) {
        StringBuilder out = new StringBuilder("\nCompact is running.\n\n");
        for (ServiceSpec service : stack.services()) {
            out.append(String.format("  %-11s %s   (API docs: %s/q/swagger-ui)%n", service.name(), service.baseUrl(),
                    service.baseUrl()));
        }
        out.append(String.format("  %-11s %s   (admin console: admin / admin)%n", "keycloak", stack.keycloak().baseUrl()));
        out.append(String.format("  %-11s %s%n", "kafka", stack.kafka().bootstrapServers()));
        out.append(String.format("  %-11s 127.0.0.1:%d   (user compact / compact)%n", "postgres", stack.ports().postgres()));
        if (stack.tsa() != null) {
            out.append(String.format("  %-11s %s   (RFC 3161 timestamps; root certificate: %s)%n", "tsa",
                    stack.tsaUrl(), stack.tsa().rootCertificateFile()));
        } else if (stack.tsaUrl() != null) {
            out.append(String.format("  %-11s %s   (external, from %s)%n", "tsa", stack.tsaUrl(), LocalStack.TSA_URL_ENV));
        }
        MailServer mail = stack.mail();
        out.append(String.format("  %-11s %s   (every mail the platform and Keycloak send is caught here)%n", "mail",
                mail.apiUrl()));
        out.append("\nMail never leaves this machine: the accounts and notices services and Keycloak send to SMTP ")
                .append(mail.smtpHost()).append(':').append(mail.smtpPort()).append(".\n")
                .append("  Read a mailbox: ").append(mail.apiUrl()).append("/api/user/<address>/messages/INBOX\n");
        if (mail.imapPort() > 0) {
            out.append("  or with a mail client: IMAP ").append(mail.smtpHost()).append(':').append(mail.imapPort())
                    .append(", user name and password both the address.\n");
        }
        if (!infraOnly) {
            out.append("\nDemo logins (password: demo): coordinator, admin, maple-staff, maple-signer, harbor-staff,\n")
                    .append("  harbor-signer, granite-staff, granite-signer, brightpath-staff, brightpath-signer,\n")
                    .append("  quillstone-staff, quillstone-signer\n");
        }
        out.append("\nLogs: ").append(stack.stateDir().resolve("logs")).append("  Stop with: make stop\n");
        return out.toString();
    }
}
