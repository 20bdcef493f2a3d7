package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.compactdpa.local.DemoSeeder;
import org.compactdpa.local.LocalStack;
import org.compactdpa.local.ServiceSpec;
import org.compactdpa.local.StackPorts;
import org.compactdpa.local.Workspace;

/**
 * The packaged platform, started once for every end-to-end test class of this JVM the way
 * `make run` starts it (real PostgreSQL, Kafka, Keycloak, the mail catcher every mail goes to, every
 * service as its own JVM, demo data seeded through the APIs) on random ports, and stopped when the
 * JVM ends. Every service of {@link ServiceSpec#all} runs, notices and obligations included, with the
 * local stack's settings: the notices service's mail goes to the catcher, and it may deliver webhooks
 * over plain http to endpoints on this machine, where a test's own receiver listens.
 */
final class Platform {

    static final String DEMO_TEMPLATE = "7e2d9c41-5a3b-4f6e-8d1c-2b3a4c5d6e01";

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
            LocalStack stack = new LocalStack(Workspace.stateDir("e2e"), ports, ServiceSpec.all(ports), true)
                    // A seal claimed by a signatures process that FaultsIT then kills waits out its lease
                    // before another round takes it; the default two minutes would only make the test wait.
                    .withEnvironment(Map.of("COMPACT_SEAL_LEASE", "10s"));
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

    /**
     * What a coordinator does before anyone signs: STANDARD terms from the demo template's published
     * version, then an agreement for a member district. The terms reach signatures by event, so the
     * agreement is asked for until signatures knows them.
     */
    String prepareStandardAgreement(String districtId, String productId, boolean generalOffer) throws Exception {
        String coordinator = bearer("coordinator");
        String terms = given().baseUri(url("templates")).header("Authorization", coordinator)
                .when().post("/api/templates/" + DEMO_TEMPLATE + "/versions/1/terms")
                .then().statusCode(201).body("classification", equalTo("STANDARD")).extract().path("id");
        AtomicReference<String> agreement = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            var response = given().baseUri(url("signatures")).header("Authorization", coordinator)
                    .contentType(ContentType.JSON)
                    .body(Map.of("termsId", terms, "districtId", districtId, "productIds", List.of(productId),
                            "generalOffer", generalOffer))
                    .when().post("/api/agreements");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            agreement.set(response.path("id"));
        });
        return agreement.get();
    }
}
