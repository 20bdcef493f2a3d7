package org.compactdpa.local.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.compactdpa.local.Files2;
import org.compactdpa.local.LocalStack;
import org.compactdpa.local.ServiceSpec;
import org.compactdpa.local.StackPorts;
import org.compactdpa.local.Workspace;

/**
 * A stack of the bench's own for figures that need rows no API would make in minutes (200,000
 * agreements): PostgreSQL, Kafka, Keycloak and the signatures service on free ports, state in
 * {@code .local/bench}, which is deleted when the bench closes it. Rows written straight into its
 * database can never reach a stack anyone keeps: the evidence rules rightly forbid deleting them.
 */
final class BenchStack implements AutoCloseable {

    static final String SERVICE = "signatures";

    private final Path stateDir = Workspace.stateDir("bench");
    private final LocalStack stack;

    private BenchStack() throws IOException {
        Files2.deleteTree(stateDir);
        StackPorts ports = StackPorts.random();
        stack = new LocalStack(stateDir, ports, List.of(new ServiceSpec(SERVICE, ports.service(SERVICE), SERVICE)), true);
    }

    static BenchStack start() throws IOException {
        BenchStack bench = new BenchStack();
        try {
            bench.stack.start();
        } catch (RuntimeException e) {
            bench.close();
            throw e;
        }
        return bench;
    }

    String signaturesUrl() {
        return stack.services().get(0).baseUrl();
    }

    Connection admin(String database) throws SQLException {
        return stack.postgres().adminConnection(database);
    }

    long signaturesPid() {
        return stack.process(SERVICE).pid();
    }

    @Override
    public void close() {
        try {
            stack.close();
        } finally {
            try {
                Files2.deleteTree(stateDir);
            } catch (IOException e) {
                System.err.println("Could not delete " + stateDir + ": " + e.getMessage());
            }
        }
    }
}
