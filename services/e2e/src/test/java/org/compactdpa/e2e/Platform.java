package org.compactdpa.e2e;

import java.util.HashMap;
import java.util.Map;
import org.compactdpa.local.DemoSeeder;
import org.compactdpa.local.LocalStack;
import org.compactdpa.local.ServiceSpec;
import org.compactdpa.local.StackPorts;
import org.compactdpa.local.Workspace;

/**
 * The packaged platform, started once for every end-to-end test class of this JVM the way
 * `make run` starts it (real PostgreSQL, Kafka, Keycloak, every service as its own JVM, demo data
 * seeded through the APIs) on random ports, and stopped when the JVM ends.
 */
final class Platform {

    private static Platform running;

    final LocalStack stack;
    final DemoSeeder users;

    private Platform(LocalStack stack, DemoSeeder users) {
        this.stack = stack;
        this.users = users;
    }

    static synchronized Platform get() throws Exception {
        if (running == null) {
            StackPorts ports = StackPorts.random();
            LocalStack stack = new LocalStack(Workspace.stateDir("e2e"), ports, ServiceSpec.all(ports), true);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-platform"));
            stack.start();
            Map<String, String> urls = new HashMap<>();
            stack.services().forEach(s -> urls.put(s.name(), s.baseUrl()));
            DemoSeeder users = new DemoSeeder(stack.keycloak().realmUrl(), urls);
            users.seed(Workspace.root().resolve("deploy/local/demo/seed.txt"));
            running = new Platform(stack, users);
        }
        return running;
    }

    String url(String service) {
        return stack.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().baseUrl();
    }

    String bearer(String user) throws Exception {
        return "Bearer " + users.token(user);
    }
}
