package org.compactdpa.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.compactdpa.local.Parallel;

/**
 * What the adoption figures need, made the way people make it, through the APIs: the coordinator
 * registers districts in the demo consortium, each with a signer (made through Keycloak's admin API,
 * as an administrator would while there is no accounts service); Brightpath's staff add products;
 * the coordinator issues STANDARD terms from the demo template and prepares a general offer on each
 * product, which Brightpath's and Maple Valley's signers sign. Every step travels the platform's own
 * paths (validation, outbox, events).
 */
final class BenchCooperative {

    static final String CONSORTIUM = "6f1c2a8e-3b4d-4c5e-9f60-1a2b3c4d5e01";
    static final String MAPLE = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d01";
    static final String BRIGHTPATH = "a3e5c7d9-2b4f-4e6a-9c8b-7d6e5f4a3b01";
    static final String DEMO_TEMPLATE = "7e2d9c41-5a3b-4f6e-8d1c-2b3a4c5d6e01";
    private static final int THREADS = 6;
    private static final long PROPAGATION_WAIT_NANOS = 120_000_000_000L;

    record Adopter(String districtId, String signer) {
    }

    record Offer(String agreementId, String productId) {
    }

    /** One adoption to ask for: who adopts which offer, and the hash of the Exhibit E the signer reviewed. */
    record Pair(Adopter adopter, Offer offer, String exhibitSha256) {
    }

    private final BenchHttp http;
    private final RunningStack stack;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> signers = new ArrayList<>();

    BenchCooperative(BenchHttp http, RunningStack stack) {
        this.http = http;
        this.stack = stack;
    }

    String run() {
        return run;
    }

    List<Adopter> districts(int count) {
        String coordinator = http.bearer("coordinator");
        int firstNces = ThreadLocalRandom.current().nextInt(1_000_000, 8_000_000);
        List<Adopter> adopters = Parallel.map(IntStream.range(0, count).boxed().toList(), THREADS, i -> {
            String id = UUID.randomUUID().toString();
            http.expect(201, http.post(stack.url("districts") + "/api/districts", coordinator,
                    "{\"id\":\"" + id + "\",\"name\":\"Bench District " + run + "-" + i + "\",\"state\":\"MA\",\"ncesId\":\""
                            + (firstNces + i) + "\"}"), "Registering a district");
            http.expect(201, http.post(stack.url("districts") + "/api/consortia/" + CONSORTIUM + "/members", coordinator,
                    "{\"districtId\":\"" + id + "\"}"), "Adding a member");
            return new Adopter(id, "bench-" + run + "-" + i);
        });
        createSigners(adopters);
        String admin = http.bearer("admin");
        for (Adopter adopter : adopters) {
            awaitTrue(() -> {
                BenchHttp.Answer a = http.get(stack.url("signatures") + "/api/admin/directory/districts/" + adopter.districtId(), admin);
                return a.status() == 200 && a.body().contains(CONSORTIUM);
            }, "district " + adopter.districtId() + " to reach signatures");
        }
        return adopters;
    }

    /** District signers in realm compact, made through Keycloak's admin REST API with the demo password. */
    private void createSigners(List<Adopter> adopters) {
        String keycloak = http.keycloakUrl();
        String admin = http.adminBearer();
        String role = http.expect(200, http.get(keycloak + "/admin/realms/compact/roles/district-signer", admin),
                "Reading role district-signer").body();
        Parallel.map(adopters, 4, adopter -> {
            String user = "{\"username\":\"" + adopter.signer() + "\",\"enabled\":true,\"emailVerified\":true,"
                    + "\"firstName\":\"Bench\",\"lastName\":\"Signer\",\"email\":\"" + adopter.signer() + "@bench.example.org\","
                    + "\"attributes\":{\"org_type\":[\"DISTRICT\"],\"org_id\":[\"" + adopter.districtId() + "\"]},"
                    + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + BenchHttp.PASSWORD + "\",\"temporary\":false}]}";
            String location = http.expect(201, http.post(keycloak + "/admin/realms/compact/users", admin, user),
                    "Creating user " + adopter.signer()).location();
            http.expect(204, http.post(location + "/role-mappings/realm", admin, "[" + role + "]"), "Granting district-signer");
            synchronized (signers) {
                signers.add(location);
            }
            return location;
        });
    }

    /** Removes the signers this run made from the realm; the districts and their agreements stay, as records do. */
    void removeSigners() {
        if (signers.isEmpty()) {
            return;
        }
        String admin = http.adminBearer();
        for (String location : signers) {
            try {
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(location))
                        .header("Authorization", admin).DELETE().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                System.err.println("Could not remove " + location + ": " + e.getMessage());
            }
        }
        signers.clear();
    }

    List<Offer> offers(int count) {
        String staff = http.bearer("brightpath-staff");
        List<String> products = Parallel.map(IntStream.range(0, count).boxed().toList(), THREADS, i -> {
            String id = UUID.randomUUID().toString();
            http.expect(201, http.post(stack.url("vendors") + "/api/vendors/" + BRIGHTPATH + "/products", staff,
                    "{\"id\":\"" + id + "\",\"name\":\"Brightpath Bench " + run + "-" + i + "\","
                            + "\"url\":\"https://brightpath.example.com/bench/" + run + "/" + i + "\","
                            + "\"description\":\"A product made by the benchmark.\",\"gradeBands\":[\"3-5\"],"
                            + "\"categories\":[\"Mathematics\"],\"dataElements\":[\"STUDENT_NAME\",\"STUDENT_IN_APP_PERFORMANCE\"],"
                            + "\"securityFramework\":\"NIST_CSF\",\"subprocessors\":[]}"), "Adding a product");
            return id;
        });
        String terms = http.expect(201, http.post(stack.url("templates") + "/api/templates/" + DEMO_TEMPLATE
                + "/versions/1/terms", http.bearer("coordinator"), "{}"), "Issuing terms").field("id");
        return Parallel.map(products, THREADS, product -> {
            String agreement = prepare(terms, product);
            sign(agreement);
            return new Offer(agreement, product);
        });
    }

    /** The terms and the product reach signatures by event; until they have, preparing is refused. */
    private String prepare(String terms, String product) {
        String body = "{\"termsId\":\"" + terms + "\",\"districtId\":\"" + MAPLE + "\",\"productIds\":[\"" + product
                + "\"],\"generalOffer\":true}";
        String[] id = new String[1];
        awaitTrue(() -> {
            BenchHttp.Answer a = http.post(stack.url("signatures") + "/api/agreements", http.bearer("coordinator"), body);
            id[0] = a.status() == 201 ? a.field("id") : null;
            return id[0] != null;
        }, "terms and product " + product + " to reach signatures");
        return id[0];
    }

    private void sign(String agreement) {
        String url = stack.url("signatures") + "/api/agreements/" + agreement;
        String vendor = http.bearer("brightpath-signer");
        String hash = http.expect(200, http.get(url + "/document", vendor), "Reading the document").field("sha256");
        String signature = "{\"intent\":true,\"consentToElectronicRecords\":true,\"documentSha256\":\"" + hash + "\"}";
        for (String signer : List.of(vendor, http.bearer("maple-signer"))) {
            http.expect(200, http.post(url + "/signatures", signer, signature), "Signing " + agreement);
        }
    }

    /**
     * Every adopter with every offer, ordered so that neighbouring requests differ in both district
     * and offer, each with the Exhibit E hash its signer reads first.
     */
    List<Pair> pairs(List<Adopter> adopters, List<Offer> offers) {
        List<int[]> order = new ArrayList<>();
        for (int round = 0; round < offers.size(); round++) {
            for (int a = 0; a < adopters.size(); a++) {
                order.add(new int[] {a, (a + round) % offers.size()});
            }
        }
        return Parallel.map(order, 8, p -> {
            Adopter adopter = adopters.get(p[0]);
            Offer offer = offers.get(p[1]);
            String hash = http.expect(200, http.get(stack.url("signatures") + "/api/offers/" + offer.agreementId()
                    + "/exhibit-e", http.bearer(adopter.signer())), "Reading Exhibit E").field("sha256");
            return new Pair(adopter, offer, hash);
        });
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > PROPAGATION_WAIT_NANOS) {
                throw new IllegalStateException("Waited two minutes for " + what);
            }
            sleep(200);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
