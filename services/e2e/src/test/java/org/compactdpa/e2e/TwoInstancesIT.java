package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.compactdpa.e2e.TopicReader.Event;
import org.compactdpa.local.DemoSeeder;
import org.compactdpa.local.LocalStack;
import org.compactdpa.local.PostgresServer;
import org.compactdpa.local.Readiness;
import org.compactdpa.local.ServiceSpec;
import org.compactdpa.local.StackPorts;
import org.compactdpa.local.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of districts and two of signatures against one PostgreSQL and one Kafka, as two
 * pods of each would run in Kubernetes: every outbox row reaches the broker once, and the lifecycle
 * job, run by both instances at the same moment (by its schedule and through the admin endpoint),
 * expires each agreement once and sends each reminder once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final int DISTRICTS = 120;
    private static final String EXPIRED = "org.compactdpa.agreement.expired.v1";
    private static final String EXPIRING = "org.compactdpa.agreement.expiring.v1";

    private static LocalStack stack;
    private static DemoSeeder users;
    private static List<ServiceSpec> districts;
    private static List<ServiceSpec> signatures;

    @BeforeAll
    static void startTwoInstancesOfDistrictsAndSignatures() throws Exception {
        StackPorts ports = StackPorts.random();
        ServiceSpec districtsA = new ServiceSpec("districts", ports.service("districts"), "districts", "districts-a");
        ServiceSpec signaturesA = new ServiceSpec("signatures", ports.service("signatures"), "signatures", "signatures-a");
        districts = List.of(districtsA, districtsA.replica("b", Readiness.freePort()));
        signatures = List.of(signaturesA, signaturesA.replica("b", Readiness.freePort()));
        List<ServiceSpec> all = new ArrayList<>(districts);
        all.addAll(signatures);
        // The lifecycle job fires every second on both signatures instances, i.e. at the same moments.
        stack = new LocalStack(Workspace.stateDir("e2e-replicas"), ports, all, true)
                .withEnvironment(Map.of("COMPACT_LIFECYCLE_CRON", "* * * * * ?"));
        stack.start();
        users = new DemoSeeder(stack.keycloak().realmUrl(), Map.of("districts", districtsA.baseUrl(),
                "signatures", signaturesA.baseUrl()));
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void bothInstancesStartedOnOneDatabaseAndMigratedItOnce() throws Exception {
        for (String database : List.of("districts", "signatures")) {
            // The migration history is the owner role's: the services' own role may not even read it.
            try (Connection db = connectAsOwner(database); Statement query = db.createStatement();
                 ResultSet rows = query.executeQuery("select version, count(*) as applied, bool_and(success) as ok"
                         + " from flyway_schema_history where version is not null group by version")) {
                int versions = 0;
                while (rows.next()) {
                    versions++;
                    assertThat(rows.getInt("applied")).as(database + " migration " + rows.getString("version")).isEqualTo(1);
                    assertThat(rows.getBoolean("ok")).isTrue();
                }
                assertThat(versions).as(database + " migrations").isGreaterThanOrEqualTo(2);
            }
        }
        // The probes the Helm chart gives every pod.
        for (ServiceSpec instance : concat(districts, signatures)) {
            for (String probe : List.of("/q/health/started", "/q/health/live", "/q/health/ready")) {
                given().baseUri(instance.baseUrl()).when().get(probe).then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("UP"));
            }
        }
    }

    @Test
    @Order(2)
    void writesSpreadOverTwoInstancesArePublishedExactlyOnce() throws Exception {
        String coordinator = "Bearer " + users.token("coordinator");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < DISTRICTS; i++) {
            ServiceSpec instance = districts.get(i % 2);
            String nces = String.format("9%06d", i);
            created.add(clients.submit(() -> {
                String location = given().baseUri(instance.baseUrl()).header("Authorization", coordinator)
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "Scale District " + nces, "state", "MA", "ncesId", nces))
                        .when().post("/api/districts").then().statusCode(201).extract().header("Location");
                return location.substring(location.lastIndexOf('/') + 1);
            }));
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> id : created) {
            ids.add(id.get());
        }
        clients.shutdown();
        assertThat(ids).hasSize(DISTRICTS);

        awaitOutboxDrained("districts");
        List<Event> events = TopicReader.readAll(stack.kafka().bootstrapServers(), "compact.districts");

        assertEveryOutboxRowPublishedOnce("districts", events);
        Map<String, Long> registeredPerDistrict = events.stream()
                .filter(e -> "org.compactdpa.district.registered.v1".equals(e.type()) && ids.contains(e.key()))
                .collect(Collectors.groupingBy(Event::key, Collectors.counting()));
        assertThat(registeredPerDistrict).hasSize(DISTRICTS);
        assertThat(registeredPerDistrict.values()).containsOnly(1L);
    }

    @Test
    @Order(3)
    void theScheduledJobOnBothInstancesExpiresAndRemindsOnce() throws Exception {
        LocalDate today = LocalDate.now();
        List<UUID> ended;
        List<UUID> endingSoon;
        try (Connection db = connect("signatures")) {
            ended = AgreementFixtures.executedAgreements(db, 20, today.minusDays(1));
            endingSoon = AgreementFixtures.executedAgreements(db, 20, today.plusDays(5));
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(countWhere("select count(*) from agreement where status = 'EXPIRED' and id = any(?)", ended))
                    .isEqualTo(ended.size());
            assertThat(countWhere("select count(*) from agreement_reminder where agreement_id = any(?)", endingSoon))
                    .isEqualTo(endingSoon.size());
        });
        // Both instances must have run the job again since: a run that redid work would show below.
        Map<String, Integer> runsSoFar = scheduledRuns();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                scheduledRuns().entrySet().stream().allMatch(e -> e.getValue() >= runsSoFar.get(e.getKey()) + 3));
        awaitOutboxDrained("signatures");

        List<Event> events = TopicReader.readAll(stack.kafka().bootstrapServers(), "compact.agreements");
        assertEveryOutboxRowPublishedOnce("signatures", events);
        assertThat(perAgreement(events, EXPIRED, ended)).hasSize(ended.size()).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(perAgreement(events, EXPIRING, endingSoon)).hasSize(endingSoon.size())
                .allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(perAgreement(events, EXPIRED, endingSoon)).isEmpty();
        assertThat(countWhere("select count(*) from agreement_reminder where days_left = 7 and agreement_id = any(?)",
                endingSoon)).isEqualTo(endingSoon.size());
    }

    @Test
    @Order(4)
    void adminRunsFiredAtBothInstancesAtOnceDoTheWorkOnce() throws Exception {
        // Far enough ahead that the every-second schedule (as of today) never touches these agreements.
        LocalDate asOf = LocalDate.now().plusYears(5);
        List<UUID> ended;
        List<UUID> endingSoon;
        try (Connection db = connect("signatures")) {
            ended = AgreementFixtures.executedAgreements(db, 15, asOf.minusDays(1));
            endingSoon = AgreementFixtures.executedAgreements(db, 15, asOf.plusDays(20));
        }
        // Everything executed that ends before asOf is due, including the agreements of the test before.
        long dueToExpire = countWhere("signatures", "select count(*) from agreement where status = 'EXECUTED'"
                + " and expires_on < date '" + asOf + "'");
        assertThat(dueToExpire).isGreaterThanOrEqualTo(ended.size());
        String admin = "Bearer " + users.token("admin");
        List<Map<String, Object>> reports = new ArrayList<>();
        // A round may find the lock taken by the schedule's own run; rounds continue until the work is
        // done, and then twice more, each round hitting both instances at the same moment.
        int roundsAfterDone = 0;
        for (int round = 0; round < 30 && roundsAfterDone < 2; round++) {
            if (sum(reports, "expired") == dueToExpire && sum(reports, "reminded") == endingSoon.size()) {
                roundsAfterDone++;
            }
            reports.addAll(runAtOnce(admin, asOf));
        }
        // And one after the other, which no lock can prevent: the second must find nothing left to do.
        for (ServiceSpec instance : signatures) {
            reports.add(runOn(instance, admin, asOf));
        }

        assertThat(reports).anyMatch(r -> Boolean.TRUE.equals(r.get("ran")));
        assertThat(sum(reports, "expired")).as("agreements expired over all runs: " + reports).isEqualTo(dueToExpire);
        assertThat(sum(reports, "reminded")).as("reminders sent over all runs: " + reports).isEqualTo(endingSoon.size());
        awaitOutboxDrained("signatures");
        List<Event> events = TopicReader.readAll(stack.kafka().bootstrapServers(), "compact.agreements");
        assertEveryOutboxRowPublishedOnce("signatures", events);
        assertThat(perAgreement(events, EXPIRED, ended)).hasSize(ended.size()).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(perAgreement(events, EXPIRING, endingSoon)).hasSize(endingSoon.size())
                .allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(countWhere("select count(*) from agreement_reminder where days_left = 30 and agreement_id = any(?)",
                endingSoon)).isEqualTo(endingSoon.size());
    }

    @Test
    @Order(5)
    void stoppingTheStackLeavesNoProcessBehind() {
        String stateDir = stack.stateDir().toAbsolutePath().toString();
        // PostgreSQL's server processes, the broker, Keycloak and four service JVMs all name the state directory.
        assertThat(processesNaming(stateDir)).as("processes of the running stack").hasSizeGreaterThanOrEqualTo(7);

        stack.close();
        stack = null;

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(processesNaming(stateDir)).isEmpty());
    }

    private static List<String> processesNaming(String stateDir) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .map(process -> process.info().commandLine().orElse(""))
                .filter(commandLine -> commandLine.contains(stateDir))
                .toList();
    }

    private static List<Map<String, Object>> runAtOnce(String admin, LocalDate asOf) throws Exception {
        CyclicBarrier together = new CyclicBarrier(signatures.size());
        ExecutorService callers = Executors.newFixedThreadPool(signatures.size());
        try {
            List<Future<Map<String, Object>>> calls = new ArrayList<>();
            for (ServiceSpec instance : signatures) {
                calls.add(callers.submit(() -> {
                    together.await();
                    return runOn(instance, admin, asOf);
                }));
            }
            List<Map<String, Object>> reports = new ArrayList<>();
            for (Future<Map<String, Object>> call : calls) {
                reports.add(call.get());
            }
            return reports;
        } finally {
            callers.shutdown();
        }
    }

    private static Map<String, Object> runOn(ServiceSpec instance, String admin, LocalDate asOf) {
        return given().baseUri(instance.baseUrl()).header("Authorization", admin).queryParam("asOf", asOf.toString())
                .when().post("/api/admin/lifecycle/run").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static int sum(List<Map<String, Object>> reports, String field) {
        return reports.stream().mapToInt(r -> ((Number) r.get(field)).intValue()).sum();
    }

    /** The outbox rows of a database and the events on the broker match one to one. */
    private static void assertEveryOutboxRowPublishedOnce(String database, List<Event> events) throws SQLException {
        Map<String, Long> copies = events.stream().collect(Collectors.groupingBy(Event::id, Collectors.counting()));
        Map<String, Long> doubled = copies.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(doubled).as("events published more than once").isEmpty();
        Set<String> rows = new HashSet<>();
        try (Connection db = connect(database); Statement query = db.createStatement();
             ResultSet result = query.executeQuery("select id, published_at from outbox_event")) {
            while (result.next()) {
                assertThat(result.getTimestamp("published_at")).as("outbox row " + result.getString("id")).isNotNull();
                rows.add(result.getString("id"));
            }
        }
        Set<String> fromThisService = events.stream().map(Event::id).filter(rows::contains).collect(Collectors.toSet());
        assertThat(fromThisService).as("outbox rows of " + database + " on the broker").isEqualTo(rows);
    }

    private static Map<String, Long> perAgreement(List<Event> events, String type, List<UUID> agreements) {
        Set<String> wanted = agreements.stream().map(UUID::toString).collect(Collectors.toSet());
        return events.stream().filter(e -> type.equals(e.type()) && wanted.contains(e.key()))
                .collect(Collectors.groupingBy(Event::key, Collectors.counting()));
    }

    private static void awaitOutboxDrained(String database) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                countWhere(database, "select count(*) from outbox_event where published_at is null") == 0);
    }

    /** How many scheduled lifecycle runs each signatures instance has logged. */
    private static Map<String, Integer> scheduledRuns() throws Exception {
        Map<String, Integer> runs = new HashMap<>();
        for (ServiceSpec instance : signatures) {
            String log = Files.readString(stack.process(instance.instance()).logFile());
            runs.put(instance.instance(), log.split("Lifecycle run: ", -1).length - 1);
        }
        return runs;
    }

    private static long countWhere(String sql, List<UUID> ids) throws SQLException {
        try (Connection db = connect("signatures"); var query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long countWhere(String database, String sql) throws SQLException {
        try (Connection db = connect(database); Statement query = db.createStatement();
             ResultSet result = query.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection connectAsOwner(String database) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(database), PostgresServer.OWNER_USER,
                PostgresServer.OWNER_PASSWORD);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(database), PostgresServer.APP_USER,
                PostgresServer.APP_PASSWORD);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return Collections.unmodifiableList(all);
    }
}
