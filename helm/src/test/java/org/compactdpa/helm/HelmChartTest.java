package org.compactdpa.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.compactdpa.helm.RenderedChart.container;
import static org.compactdpa.helm.RenderedChart.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chart in helm/compact, linted and rendered by Helm's own code (helm-java), with the default
 * values, the production-like values and the operator-managed (bundled) infrastructure. The
 * default values carry public demo credentials, so they render only with demo=true; tests that
 * look at what those defaults produce set it.
 */
class HelmChartTest {

    private static final Path CHART = Path.of("compact");
    private static final List<String> SERVICES = List.of("districts", "vendors", "templates", "signatures", "accounts",
            "notices", "obligations", "portal");
    private static final List<String> WITH_DATABASE = List.of("districts", "vendors", "templates", "signatures", "accounts",
            "notices", "obligations");

    private static RenderedChart render(UnaryOperator<TemplateCommand> values) {
        TemplateCommand command = new Helm(CHART).template().withName("compact").withNamespace("compact")
                .withKubeVersion("1.31.0");
        return RenderedChart.parse(values.apply(command).call());
    }

    /** What `helm install` prints after NOTES: (a client-only dry run, so no cluster is needed). */
    private static String notes(UnaryOperator<InstallCommand> values) {
        InstallCommand command = new Helm(CHART).install().withName("compact").withNamespace("compact")
                .withKubeVersion("1.31.0").clientOnly().dryRun();
        String output = values.apply(command).call().getOutput();
        assertThat(output).contains("NOTES:");
        return output.substring(output.indexOf("NOTES:"));
    }

    /** The realm the chart hands to Keycloak's --import-realm. */
    private static JsonNode importedRealm(RenderedChart chart) throws Exception {
        return new ObjectMapper().readTree(chart.get("ConfigMap", "compact-keycloak-realm")
                .at("/data/compact-realm.json").asText());
    }

    @Test
    void theChartPassesStrictLint() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void everyDeploymentHasProbesLimitsAndANonRootReadOnlyContainer() {
        for (RenderedChart chart : List.of(render(c -> c.set("demo", true)),
                render(c -> c.withValuesFile(CHART.resolve("values-production.yaml"))))) {
            assertThat(chart.ofKind("Deployment")).hasSize(SERVICES.size());
            for (String service : SERVICES) {
                JsonNode deployment = chart.get("Deployment", "compact-" + service);
                JsonNode pod = deployment.path("spec").path("template").path("spec");
                JsonNode container = container(deployment);

                assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
                assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
                assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
                assertThat(container.at("/resources/limits/memory").asText()).matches("[0-9]+(Mi|Gi)");
                assertThat(container.at("/resources/limits/cpu").asText()).isNotBlank();
                assertThat(container.at("/resources/requests/memory").asText()).matches("[0-9]+(Mi|Gi)");

                assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
                assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
                assertThat(container.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
                assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
                assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
                assertThat(container.at("/securityContext/capabilities/drop/0").asText()).isEqualTo("ALL");
                assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/tmp");
                assertThat(pod.at("/volumes/0/emptyDir").isObject()).isTrue();
                assertThat(pod.path("serviceAccountName").asText()).isEqualTo("compact-compact");

                assertThat(chart.get("Service", "compact-" + service).at("/spec/ports/0/port").asInt()).isEqualTo(8080);
                assertThat(chart.get("PodDisruptionBudget", "compact-" + service).at("/spec/maxUnavailable").asInt())
                        .isEqualTo(1);
                assertThat(chart.get("NetworkPolicy", "compact-" + service).at("/spec/podSelector/matchLabels")
                        .path("app.kubernetes.io/name").asText()).isEqualTo(service);
                JsonNode hpa = chart.get("HorizontalPodAutoscaler", "compact-" + service);
                assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo("compact-" + service);
                // The autoscaler owns the replica count; a fixed one would fight it on every upgrade.
                assertThat(deployment.at("/spec/replicas").isMissingNode()).isTrue();
            }
        }
    }

    @Test
    void defaultValuesWireEveryServiceToKafkaPostgresAndKeycloak() {
        RenderedChart chart = render(c -> c.set("demo", true));

        JsonNode config = chart.get("ConfigMap", "compact-config").path("data");
        assertThat(config.path("COMPACT_KAFKA_BOOTSTRAP").asText()).isEqualTo("kafka:9092");
        assertThat(config.path("COMPACT_OIDC_URL").asText()).isEqualTo("http://keycloak:8080/realms/compact");
        assertThat(config.path("COMPACT_DB_HOST").asText()).isEqualTo("postgres");
        assertThat(config.path("COMPACT_DB_PORT").asText()).isEqualTo("5432");
        assertThat(config.path("COMPACT_SIGNATURES_URL").asText()).isEqualTo("http://compact-signatures:8080");

        for (String service : SERVICES) {
            JsonNode container = container(chart.get("Deployment", "compact-" + service));
            assertThat(container.at("/envFrom/0/configMapRef/name").asText()).isEqualTo("compact-config");
            assertThat(container.path("image").asText()).isEqualTo("ghcr.io/compactdpa/compact-" + service + ":0.1.0");
            assertThat(env(container, "QUARKUS_HTTP_PORT").path("value").asText()).isEqualTo("8080");
            if (WITH_DATABASE.contains(service)) {
                assertThat(env(container, "COMPACT_DB_NAME").path("value").asText()).isEqualTo(service);
                assertThat(env(container, "COMPACT_DB_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                        .isEqualTo("compact-db");
                assertThat(env(container, "COMPACT_DB_USER").at("/valueFrom/secretKeyRef/key").asText())
                        .isEqualTo("username");
                // Migrations run as the owner role; the service itself as the role that changes rows only.
                assertThat(env(container, "COMPACT_DB_OWNER").at("/valueFrom/secretKeyRef/key").asText())
                        .isEqualTo("ownerUsername");
                assertThat(env(container, "COMPACT_DB_OWNER_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                        .isEqualTo("compact-db");
            } else {
                assertThat(env(container, "COMPACT_DB_NAME").isMissingNode()).isTrue();
            }
        }
        assertThat(chart.get("Secret", "compact-db").at("/stringData/password").asText()).isEqualTo("compact");
        assertThat(chart.get("Secret", "compact-db").at("/stringData/ownerUsername").asText()).isEqualTo("compact_owner");
        assertThat(chart.find("Ingress", "compact")).isEmpty();
    }

    @Test
    void everyVariableTheServicesReadIsSetInTheirPods() throws Exception {
        RenderedChart chart = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml")));
        Set<String> shared = new HashSet<>();
        chart.get("ConfigMap", "compact-config").path("data").fieldNames().forEachRemaining(shared::add);

        for (String service : SERVICES) {
            Set<String> read = variablesReadBy(Path.of("../services/platform/src/main/resources/META-INF/microprofile-config.properties"));
            read.addAll(variablesReadBy(applicationProperties(service)));
            if (WITH_DATABASE.contains(service)) {
                read.addAll(variablesReadBy(Path.of("../services/messaging/src/main/resources/META-INF/microprofile-config.properties")));
            }
            Set<String> provided = new HashSet<>(shared);
            container(chart.get("Deployment", "compact-" + service)).path("env")
                    .forEach(variable -> provided.add(variable.path("name").asText()));

            assertThat(read).as(service + " reads").isNotEmpty();
            assertThat(provided).as("variables set for " + service).containsAll(read);
        }
    }

    @Test
    void thePortalWritesItsPublicAddressFromTheIngressAndIsNotScrapedAnonymously() {
        RenderedChart chart = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml")));
        JsonNode portal = chart.get("Deployment", "compact-portal");
        assertThat(env(container(portal), "COMPACT_PORTAL_PUBLIC_URL").path("value").asText())
                .startsWith("https://").doesNotEndWith("/");
        assertThat(portal.path("spec").path("template").path("metadata").path("annotations").has("prometheus.io/scrape"))
                .as("the portal's metrics need a platform admin's token").isFalse();

        RenderedChart explicit = render(c -> c.set("demo", true).set("portalPublicUrl", "https://dpa.example.net"));
        assertThat(env(container(explicit.get("Deployment", "compact-portal")), "COMPACT_PORTAL_PUBLIC_URL")
                .path("value").asText()).isEqualTo("https://dpa.example.net");
    }

    /** A service's own configuration, as the checks below read it. */
    private static Path applicationProperties(String service) {
        return Path.of("../services", service, "src/main/resources/application.properties");
    }

    /** The environment variables a properties file refers to, as in ${COMPACT_DB_HOST:127.0.0.1}. */
    private static Set<String> variablesReadBy(Path properties) throws Exception {
        Set<String> names = new HashSet<>();
        Matcher reference = Pattern.compile("\\$\\{(COMPACT_[A-Z0-9_]+)").matcher(Files.readString(properties));
        while (reference.find()) {
            names.add(reference.group(1));
        }
        return names;
    }

    @Test
    void productionValuesUseTheExistingSecretTlsIngressAndNoDemoUsers() throws Exception {
        RenderedChart chart = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml")));

        JsonNode config = chart.get("ConfigMap", "compact-config").path("data");
        assertThat(config.path("COMPACT_KAFKA_BOOTSTRAP").asText()).startsWith("kafka-0.kafka.data.svc:9092,");
        assertThat(config.path("COMPACT_OIDC_URL").asText()).isEqualTo("https://login.compact.example.org/realms/compact");
        assertThat(config.path("COMPACT_DB_HOST").asText()).isEqualTo("compact-db.prod.internal");
        // Credentials come only from the operator's Secret; the chart writes none.
        assertThat(chart.ofKind("Secret")).isEmpty();
        JsonNode signatures = container(chart.get("Deployment", "compact-signatures"));
        assertThat(env(signatures, "COMPACT_DB_PASSWORD").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("compact-db");
        assertThat(signatures.path("image").asText()).isEqualTo("ghcr.io/compactdpa/compact-signatures:0.1.0");
        assertThat(signatures.at("/resources/limits/memory").asText()).isEqualTo("1Gi");
        // The seal key: a keystore from the operator's Secret, mounted read-only, its password from the same Secret.
        assertThat(env(signatures, "COMPACT_SEAL_KEYSTORE_PATH").path("value").asText())
                .isEqualTo("/etc/compact/seal/keystore.p12");
        assertThat(env(signatures, "COMPACT_SEAL_KEYSTORE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo("compact-seal");
        assertThat(chart.get("Deployment", "compact-signatures").at("/spec/template/spec/volumes").toString())
                .contains("\"secretName\":\"compact-seal\"");
        JsonNode portal = container(chart.get("Deployment", "compact-portal"));
        for (String secret : List.of("COMPACT_PORTAL_CLIENT_SECRET", "COMPACT_PORTAL_STATE_SECRET", "COMPACT_PORTAL_CSRF_KEY")) {
            assertThat(env(portal, secret).at("/valueFrom/secretKeyRef/name").asText()).as(secret)
                    .isEqualTo("compact-portal-auth");
        }
        assertThat(container(chart.get("Deployment", "compact-districts")).at("/resources/limits/memory").asText())
                .isEqualTo("768Mi");
        assertThat(chart.get("HorizontalPodAutoscaler", "compact-districts").at("/spec/maxReplicas").asInt()).isEqualTo(8);
        assertThat(chart.get("HorizontalPodAutoscaler", "compact-portal").at("/spec/maxReplicas").asInt()).isEqualTo(4);

        JsonNode ingress = chart.get("Ingress", "compact");
        assertThat(ingress.at("/spec/tls/0/hosts/0").asText()).isEqualTo("compact.example.org");
        assertThat(ingress.at("/spec/ingressClassName").asText()).isEqualTo("nginx");
        Map<String, String> backends = new java.util.HashMap<>();
        ingress.at("/spec/rules/0/http/paths").forEach(p -> backends.put(p.path("path").asText(),
                p.at("/backend/service/name").asText()));
        assertThat(backends).containsEntry("/", "compact-portal")
                .containsEntry("/api/agreements", "compact-signatures")
                .containsEntry("/api/districts", "compact-districts")
                .containsEntry("/api/products", "compact-vendors")
                .containsEntry("/api/templates", "compact-templates")
                .containsEntry("/api/vendor-applications", "compact-accounts")
                .containsEntry("/api/people", "compact-accounts");

        JsonNode policy = chart.get("NetworkPolicy", "compact-signatures");
        assertThat(policy.at("/spec/policyTypes").toString()).contains("Egress");
        assertThat(policy.at("/spec/egress/2/ports").toString()).contains("5432").contains("9092").contains("443");

        JsonNode realm = new ObjectMapper().readTree(chart.get("ConfigMap", "compact-keycloak-realm")
                .at("/data/compact-realm.json").asText());
        assertThat(realm.path("realm").asText()).isEqualTo("compact");
        assertThat(peopleOf(realm)).isEmpty();
        JsonNode portalClient = clientOf(realm, "compact-portal");
        assertThat(portalClient.has("secret")).isFalse();
        assertThat(portalClient.path("redirectUris").toString()).isEqualTo("[\"https://compact.example.org/*\"]");
    }

    @Test
    void bundledOperatorsInstallKafkaPostgresAndKeycloakAndTheServicesFollowThem() {
        RenderedChart chart = render(c -> c.set("demo", true)
                .set("kafka.strimzi.enabled", true)
                .set("postgresql.cloudnativepg.enabled", true)
                .set("keycloak.operator.enabled", true)
                .set("keycloak.operator.hostname", "login.compact.test")
                .set("keycloak.url", "https://login.compact.test/realms/compact"));

        JsonNode config = chart.get("ConfigMap", "compact-config").path("data");
        assertThat(config.path("COMPACT_KAFKA_BOOTSTRAP").asText()).isEqualTo("compact-kafka-kafka-bootstrap:9092");
        assertThat(config.path("COMPACT_DB_HOST").asText()).isEqualTo("compact-pg-rw");
        // CloudNativePG writes the owner's credentials; the chart writes the services' role's (a managed
        // role of the cluster) and the portal's sign-in secret.
        assertThat(chart.ofKind("Secret")).extracting(n -> n.at("/metadata/name").asText())
                .containsExactlyInAnyOrder("compact-db", "compact-portal-auth", "compact-accounts-auth", "compact-mail");
        assertThat(chart.get("Secret", "compact-db").path("type").asText()).isEqualTo("kubernetes.io/basic-auth");
        JsonNode vendors = container(chart.get("Deployment", "compact-vendors"));
        assertThat(env(vendors, "COMPACT_DB_PASSWORD").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("compact-db");
        assertThat(env(vendors, "COMPACT_DB_OWNER_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo("compact-pg-app");

        assertThat(chart.get("Kafka", "compact-kafka").at("/spec/kafka/listeners/0/port").asInt()).isEqualTo(9092);
        assertThat(chart.get("KafkaNodePool", "compact-kafka-dual").at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(chart.ofKind("KafkaTopic")).extracting(t -> t.at("/spec/topicName").asText())
                .contains("compact.districts", "compact.vendors", "compact.templates", "compact.agreements",
                        "compact.accounts", "compact.obligations");

        // One database per service plus Keycloak's: the first from the cluster's bootstrap, the rest as Database objects.
        JsonNode cluster = chart.get("Cluster", "compact-pg");
        assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).isEqualTo("accounts");
        assertThat(cluster.at("/spec/bootstrap/initdb/owner").asText()).isEqualTo("compact_owner");
        assertThat(cluster.at("/spec/managed/roles/0/name").asText()).isEqualTo("compact");
        assertThat(cluster.at("/spec/managed/roles/0/passwordSecret/name").asText()).isEqualTo("compact-db");
        assertThat(chart.ofKind("Database")).allSatisfy(d -> assertThat(d.at("/spec/owner").asText()).isEqualTo("compact_owner"));
        assertThat(chart.ofKind("Database")).extracting(d -> d.at("/spec/name").asText())
                .containsExactlyInAnyOrder("districts", "keycloak", "notices", "obligations", "signatures", "templates",
                        "vendors");

        assertThat(chart.get("Keycloak", "compact-keycloak").at("/spec/db/host").asText()).isEqualTo("compact-pg-rw");
        assertThat(chart.get("Keycloak", "compact-keycloak").at("/spec/db/usernameSecret/name").asText()).isEqualTo("compact-pg-app");
        JsonNode realmImport = chart.get("KeycloakRealmImport", "compact-realm");
        assertThat(realmImport.at("/spec/keycloakCRName").asText()).isEqualTo("compact-keycloak");
        assertThat(realmImport.at("/spec/realm/realm").asText()).isEqualTo("compact");
        assertThat(realmImport.at("/spec/realm/users").size()).isGreaterThan(1);
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
            "keycloak.url, https://login.example.org/realms/master, realms/compact",
            "securityContext.readOnlyRootFilesystem, false, readOnlyRootFilesystem",
            "podSecurityContext.runAsNonRoot, false, runAsNonRoot",
            "serviceDefaults.resources.limits.memory, lots, memory",
            "kafka.bootstrapServers, '', kafka.bootstrapServers is required",
            "postgresql.auth.password, '', postgresql.auth.password or postgresql.auth.existingSecret is required",
            "postgresql.auth.ownerPassword, '', postgresql.auth.ownerPassword or postgresql.auth.existingSecret is required",
            "webhooks.requireHttps, sometimes, requireHttps",
            "webhooks.allowLoopback, true, allowLoopback",
            "services.notices.env.COMPACT_WEBHOOKS_ALLOW_LOOPBACK, true, never lets the notices service deliver webhooks to loopback",
            "serviceDefaults.env.COMPACT_WEBHOOKS_ALLOW_LOOPBACK, true, never lets the notices service deliver webhooks to loopback",
            "services.notices.env.COMPACT_WEBHOOKS_REQUIRE_HTTPS, false, set webhooks.requireHttps instead",
    })
    void unsafeOrIncompleteValuesAreRefused(String key, String value, String reason) {
        assertThatThrownBy(() -> render(c -> c.set("demo", true).set(key, value))).hasMessageContaining(reason);
    }

    @Test
    void cloudNativePgRefusesOneRoleForOwnerAndServices() {
        assertThatThrownBy(() -> render(c -> c.set("demo", true).set("postgresql.cloudnativepg.enabled", true)
                .set("postgresql.auth.ownerUsername", "compact")))
                .hasMessageContaining("postgresql.auth.ownerUsername and postgresql.auth.username must differ");
    }

    @Test
    void aBrokenValuesFileIsRefused() {
        assertThatThrownBy(() -> render(c -> c.withValuesFile(Path.of("src/test/resources/values-broken.yaml"))))
                .hasMessageContaining("services").hasMessageContaining("search");
    }

    @Test
    void theChartCarriesTheSameRealmAsTheLocalStack() throws Exception {
        assertThat(Files.readString(CHART.resolve("files/compact-realm.json")))
                .as("helm/compact/files/compact-realm.json must be a copy of deploy/keycloak/realm/compact-realm.json")
                .isEqualTo(Files.readString(Path.of("../deploy/keycloak/realm/compact-realm.json")));
    }

    @Test
    void defaultValuesWithoutDemoAreRefusedNamingWhatToSet() {
        // The defaults are the demo credentials: a production install must not start on them by accident.
        assertThatThrownBy(() -> render(c -> c))
                .hasMessageContaining("production install")
                .hasMessageContaining("postgresql.auth.password")
                .hasMessageContaining("postgresql.auth.ownerPassword")
                .hasMessageContaining("postgresql.auth.existingSecret")
                .hasMessageContaining("portalAuth.clientSecret")
                .hasMessageContaining("portalAuth.stateSecret")
                .hasMessageContaining("portalAuth.csrfKey")
                .hasMessageContaining("portalAuth.existingSecret")
                .hasMessageContaining("accountsAuth.clientSecret")
                .hasMessageContaining("keycloak.realmImport.portalRedirectUris")
                .hasMessageContaining("portalPublicUrl is empty and the ingress is off")
                .hasMessageContaining("set demo: true");
        assertThatThrownBy(() -> render(c -> c.set("demo", false))).hasMessageContaining("production install");
    }

    /** Production values with the credentials inline instead of in existing Secrets, all of them strong. */
    private static TemplateCommand productionWithInlineCredentials(TemplateCommand c) {
        return c.withValuesFile(CHART.resolve("values-production.yaml"))
                .set("postgresql.auth.existingSecret", "")
                .set("postgresql.auth.password", "d2b1c0e6a4f34a8e9b7c5d3e1f0a2b4c")
                .set("postgresql.auth.ownerPassword", "7f3e9a1c5b2d4e6f8a0b1c2d3e4f5a6b")
                .set("portalAuth.existingSecret", "")
                .set("portalAuth.clientSecret", "0c9b8a7f6e5d4c3b2a190817263544536")
                .set("portalAuth.stateSecret", "5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7")
                .set("portalAuth.csrfKey", "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718")
                .set("accountsAuth.existingSecret", "")
                .set("accountsAuth.clientSecret", "3b5d7f9a1c2e4f6a8b0c1d2e3f4a5b6c");
    }

    @Test
    void productionAcceptsStrongCredentialsGivenInline() {
        RenderedChart chart = render(HelmChartTest::productionWithInlineCredentials);

        assertThat(chart.get("Secret", "compact-db").at("/stringData/password").asText())
                .isEqualTo("d2b1c0e6a4f34a8e9b7c5d3e1f0a2b4c");
        assertThat(chart.get("Secret", "compact-portal-auth").at("/stringData/stateSecret").asText()).hasSize(48);
        assertThat(chart.get("Secret", "compact-accounts-auth").at("/stringData/clientSecret").asText())
                .isEqualTo("3b5d7f9a1c2e4f6a8b0c1d2e3f4a5b6c");
    }

    @ParameterizedTest(name = "production with {0}={1} is refused")
    @CsvSource({
            "postgresql.auth.password, compact",
            "postgresql.auth.password, ''",
            "postgresql.auth.ownerPassword, compact_owner",
            "portalAuth.clientSecret, compact-portal-secret",
            "portalAuth.clientSecret, ''",
            "portalAuth.stateSecret, compact-portal-state-secret-change-me",
            "portalAuth.csrfKey, compact-portal-csrf-signing-key-change-me-0123456789",
            "accountsAuth.clientSecret, compact-accounts-secret",
            "accountsAuth.clientSecret, ''",
    })
    void productionRefusesEachPublicDemoCredential(String key, String value) {
        assertThatThrownBy(() -> render(c -> productionWithInlineCredentials(c).set(key, value)))
                .hasMessageContaining(key + " is empty or a public demo value");
    }

    @Test
    void productionRefusesPortalKeysQuarkusWouldRejectAtStart() {
        assertThatThrownBy(() -> render(c -> productionWithInlineCredentials(c).set("portalAuth.csrfKey", "too-short")))
                .hasMessageContaining("portalAuth.csrfKey must be at least 32 characters");
    }

    @Test
    void theFormerDemoSwitchIsRefusedWithWhereItMoved() {
        assertThatThrownBy(() -> render(c -> c.set("demo", true).set("keycloak.realmImport.demo", true)))
                .hasMessageContaining("keycloak.realmImport.demo has been replaced by the top-level value `demo`");
    }

    @Test
    void demoRendersTheDemoRealmAndItsNotesWarnAboutPublicCredentials() throws Exception {
        JsonNode realm = importedRealm(render(c -> c.set("demo", true)));
        assertThat(realm.path("users").size()).isGreaterThan(1);
        assertThat(clientOf(realm, "compact-portal").path("secret").asText()).isEqualTo("compact-portal-secret");

        String demoNotes = notes(c -> c.set("demo", true).set("ingress.enabled", true));
        assertThat(demoNotes).contains("WARNING: demo=true").contains("PUBLIC DEMO CREDENTIALS")
                .contains("password \"demo\"").contains("must not face the internet")
                .contains("The ingress is ON: compact.example.org");

        String productionNotes = notes(c -> c.withValuesFile(CHART.resolve("values-production.yaml")));
        assertThat(productionNotes).doesNotContain("PUBLIC DEMO CREDENTIALS").contains("has no people");
    }

    @Test
    void productionRealmIsHardenedAndKeepsTheDevRealmsRolesAndClaims() throws Exception {
        JsonNode realm = importedRealm(render(c -> c.withValuesFile(CHART.resolve("values-production.yaml"))));
        JsonNode dev = new ObjectMapper().readTree(Files.readString(Path.of("../deploy/keycloak/realm/compact-realm.json")));

        // Guessing passwords: a locked account after failureFactor misses, unlocked again after a wait.
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 30);
        assertThat(realm.path("waitIncrementSeconds").asInt()).isPositive();
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isGreaterThanOrEqualTo(realm.path("waitIncrementSeconds").asInt());
        String policy = realm.path("passwordPolicy").asText();
        Matcher length = Pattern.compile("(?:^| and )length\\((\\d+)\\)").matcher(policy);
        assertThat(length.find()).as(policy).isTrue();
        assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
        assertThat(policy).contains("notUsername(undefined)").contains("notEmail(undefined)");
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");

        // No people and no password grant: people sign in only on Keycloak's own, protected login page.
        // The one user is the accounts service's service account, which has no password.
        assertThat(peopleOf(realm)).isEmpty();
        assertThat(realm.path("clients")).isNotEmpty()
                .allSatisfy(client -> assertThat(client.path("directAccessGrantsEnabled").asBoolean())
                        .as(client.path("clientId").asText()).isFalse());
        assertThat(realm.path("clients")).extracting(client -> client.path("clientId").asText())
                .containsExactly("compact-portal", "compact-accounts");
        assertThat(clientOf(realm, "compact-portal").path("publicClient").asBoolean()).isFalse();

        // What the services read from tokens stays exactly as the local stack and the tests have it.
        for (String field : List.of("roles", "components", "clientScopes", "defaultDefaultClientScopes",
                "defaultOptionalClientScopes", "accessTokenLifespan")) {
            assertThat(realm.path(field)).as(field).isEqualTo(dev.path(field));
        }
        for (String field : List.of("protocolMappers", "defaultClientScopes", "optionalClientScopes", "protocol")) {
            assertThat(clientOf(realm, "compact-portal").path(field)).as("compact-portal " + field)
                    .isEqualTo(clientOf(dev, "compact-portal").path(field));
        }
    }

    /**
     * The services take only access tokens that carry the API audience, which Keycloak adds for the
     * platform's own clients: in every realm the chart can import, those clients must keep the mapper
     * (on the access token; an ID token stays addressed to its client alone).
     */
    @Test
    void everyRealmGivesThePlatformClientsAccessTokensTheApiAudienceAndNoOtherClientIt() throws Exception {
        JsonNode demo = importedRealm(render(c -> c.set("demo", true)));
        JsonNode production = importedRealm(render(c -> c.withValuesFile(CHART.resolve("values-production.yaml"))));
        for (JsonNode realm : List.of(demo, production)) {
            for (JsonNode client : realm.path("clients")) {
                String id = client.path("clientId").asText();
                List<JsonNode> audiences = new ArrayList<>();
                client.path("protocolMappers").forEach(m -> {
                    if ("oidc-audience-mapper".equals(m.path("protocolMapper").asText())) {
                        audiences.add(m.path("config"));
                    }
                });
                if (id.equals("compact-portal") || id.equals("compact-cli")) {
                    assertThat(audiences).as(id).hasSize(1);
                    assertThat(audiences.get(0).path("included.custom.audience").asText()).as(id).isEqualTo("compact-api");
                    assertThat(audiences.get(0).path("access.token.claim").asText()).as(id).isEqualTo("true");
                    assertThat(audiences.get(0).path("id.token.claim").asText()).as(id).isEqualTo("false");
                } else {
                    assertThat(audiences).as(id + " is not a platform client").isEmpty();
                }
            }
        }
        assertThat(clientOf(production, "compact-portal").path("protocolMappers")).isNotEmpty();
        assertThat(clientOf(demo, "compact-other").path("directAccessGrantsEnabled").asBoolean()).isTrue();
    }

    @Test
    void theOperatorImportsThePortalClientSecretFromThePortalsOwnSecret() {
        RenderedChart chart = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml"))
                .set("keycloak.operator.enabled", true)
                .set("keycloak.operator.hostname", "login.compact.example.org"));

        JsonNode realmImport = chart.get("KeycloakRealmImport", "compact-realm");
        assertThat(realmImport.at("/spec/placeholders/COMPACT_PORTAL_CLIENT_SECRET/secret/name").asText())
                .isEqualTo("compact-portal-auth");
        assertThat(realmImport.at("/spec/placeholders/COMPACT_PORTAL_CLIENT_SECRET/secret/key").asText())
                .isEqualTo("clientSecret");
        JsonNode realm = realmImport.at("/spec/realm");
        assertThat(clientOf(realm, "compact-portal").path("secret").asText()).isEqualTo("${COMPACT_PORTAL_CLIENT_SECRET}");
        assertThat(realmImport.at("/spec/placeholders/COMPACT_ACCOUNTS_CLIENT_SECRET/secret/name").asText())
                .isEqualTo("compact-accounts-auth");
        assertThat(clientOf(realm, "compact-accounts").path("secret").asText())
                .isEqualTo("${COMPACT_ACCOUNTS_CLIENT_SECRET}");
        assertThat(peopleOf(realm)).isEmpty();
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "demo={0}")
    @CsvSource({"false", "true"})
    void theIngressSendsNoQPathToAPod(boolean demo) {
        RenderedChart chart = render(c -> demo
                ? c.set("demo", true).set("ingress.enabled", true)
                : c.withValuesFile(CHART.resolve("values-production.yaml")));
        JsonNode ingress = chart.get("Ingress", "compact");

        for (String path : List.of("/q", "/q/", "/q/metrics", "/q/openapi", "/q/swagger-ui/index.html",
                "/q/health/ready", "/q/dev-ui")) {
            assertThat(backendFor(ingress, path)).as(path).isEqualTo("compact-blocked");
        }
        // The blocked Service can never have endpoints: no selector, so nothing answers behind it.
        JsonNode blocked = chart.get("Service", "compact-blocked");
        assertThat(blocked.at("/spec/selector").isMissingNode()).isTrue();
        assertThat(chart.ofKind("EndpointSlice")).isEmpty();
        assertThat(chart.ofKind("Endpoints")).isEmpty();
        // Everything the public needs still arrives where it did.
        assertThat(backendFor(ingress, "/")).isEqualTo("compact-portal");
        assertThat(backendFor(ingress, "/quotes")).isEqualTo("compact-portal");
        assertThat(backendFor(ingress, "/verify")).isEqualTo("compact-portal");
        assertThat(backendFor(ingress, "/compact.css")).isEqualTo("compact-portal");
        assertThat(backendFor(ingress, "/api/agreements/42")).isEqualTo("compact-signatures");
        assertThat(backendFor(ingress, "/api/districts")).isEqualTo("compact-districts");
        for (String path : List.of("/api/vendor-applications", "/api/vendor-applications/confirm", "/api/invitations/accept",
                "/api/organisations/42/invitations", "/api/organisations/42/people/7/roles", "/api/people")) {
            assertThat(backendFor(ingress, path)).as(path).isEqualTo("compact-accounts");
        }
        for (String path : List.of("/api/notices", "/api/notices/unread-count", "/api/notices/42/read",
                "/api/notice-preferences/AGREEMENT_EXECUTED", "/api/subscriptions/42", "/api/webhooks",
                "/api/webhooks/42/deliveries/7/replay", "/api/webhook-event-types")) {
            assertThat(backendFor(ingress, path)).as(path).isEqualTo("compact-notices");
        }
        // The mail queue's administration stays inside the cluster like every /api/admin path.
        assertThat(backendFor(ingress, "/api/admin/mail")).isEqualTo("compact-portal");
        for (String path : List.of("/api/incidents", "/api/incidents/42/steps", "/api/breach-notices/42",
                "/api/dispositions", "/api/dispositions/42/certificate", "/api/audits/42", "/api/obligations",
                "/api/obligations/42")) {
            assertThat(backendFor(ingress, path)).as(path).isEqualTo("compact-obligations");
        }
        // Its administration, like every /api/admin path, has no route from outside.
        assertThat(backendFor(ingress, "/api/admin/obligations")).isEqualTo("compact-portal");
    }

    /**
     * The Service an Ingress sends a request path to, by the rules of pathType Prefix: the longest
     * path that matches whole segments of the request path.
     */
    private static String backendFor(JsonNode ingress, String requestPath) {
        String backend = null;
        int longest = -1;
        for (JsonNode rule : ingress.at("/spec/rules/0/http/paths")) {
            assertThat(rule.path("pathType").asText()).isEqualTo("Prefix");
            String prefix = rule.path("path").asText().replaceAll("/+$", "");
            boolean matches = prefix.isEmpty() || requestPath.equals(prefix) || requestPath.startsWith(prefix + "/");
            if (matches && prefix.length() > longest) {
                longest = prefix.length();
                backend = rule.at("/backend/service/name").asText();
            }
        }
        return backend;
    }

    /** The realm's users other than service accounts: people, who could sign in. */
    private static List<JsonNode> peopleOf(JsonNode realm) {
        List<JsonNode> people = new ArrayList<>();
        realm.path("users").forEach(user -> {
            if (!user.has("serviceAccountClientId")) {
                people.add(user);
            }
        });
        return people;
    }

    /**
     * The accounts service drives Keycloak's admin API with a client of its own in every realm the chart
     * can import: a service account that may manage the realm's users and nothing else, which no person
     * can sign in with, and which gets no API audience (no service takes its tokens).
     */
    @Test
    void everyRealmGivesTheAccountsServiceAServiceAccountThatManagesUsersOnly() throws Exception {
        JsonNode demo = importedRealm(render(c -> c.set("demo", true)));
        JsonNode production = importedRealm(render(c -> c.withValuesFile(CHART.resolve("values-production.yaml"))));
        for (JsonNode realm : List.of(demo, production)) {
            JsonNode client = clientOf(realm, "compact-accounts");
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("publicClient").asBoolean()).isFalse();
            assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
            List<JsonNode> accounts = new ArrayList<>();
            realm.path("users").forEach(user -> {
                if ("compact-accounts".equals(user.path("serviceAccountClientId").asText())) {
                    accounts.add(user);
                }
            });
            assertThat(accounts).hasSize(1);
            JsonNode account = accounts.get(0);
            assertThat(account.has("credentials")).isFalse();
            assertThat(account.path("realmRoles").size()).isZero();
            List<String> clients = new ArrayList<>();
            account.path("clientRoles").fieldNames().forEachRemaining(clients::add);
            assertThat(clients).containsExactly("realm-management");
            List<String> rights = new ArrayList<>();
            account.at("/clientRoles/realm-management").forEach(r -> rights.add(r.asText()));
            assertThat(rights).containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
        }
        assertThat(clientOf(production, "compact-accounts").has("secret")).isFalse();
        assertThat(demo.path("roles").path("realm")).extracting(r -> r.path("name").asText())
                .contains("district-admin", "vendor-admin");
    }

    @Test
    void theAccountsServiceGetsKeycloaksAdminAddressItsClientSecretTheRelayAndThePortalsAddress() {
        RenderedChart chart = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml")));
        JsonNode accounts = container(chart.get("Deployment", "compact-accounts"));

        assertThat(env(accounts, "COMPACT_DB_NAME").path("value").asText()).isEqualTo("accounts");
        assertThat(env(accounts, "COMPACT_KEYCLOAK_URL").path("value").asText()).isEqualTo("https://login.compact.example.org");
        assertThat(env(accounts, "COMPACT_ACCOUNTS_CLIENT_ID").path("value").asText()).isEqualTo("compact-accounts");
        JsonNode clientSecret = env(accounts, "COMPACT_ACCOUNTS_CLIENT_SECRET").at("/valueFrom/secretKeyRef");
        assertThat(clientSecret.path("name").asText()).isEqualTo("compact-accounts-auth");
        assertThat(clientSecret.path("key").asText()).isEqualTo("clientSecret");
        // The mailed links lead where the portal lives, the address the portal writes its own links with.
        assertThat(env(accounts, "COMPACT_PORTAL_PUBLIC_URL").path("value").asText())
                .isEqualTo("https://compact.example.org")
                .isEqualTo(env(container(chart.get("Deployment", "compact-portal")), "COMPACT_PORTAL_PUBLIC_URL")
                        .path("value").asText());
        assertThat(env(accounts, "COMPACT_SMTP_HOST").path("value").asText()).isEqualTo("smtp.compact.example.org");
        assertThat(env(accounts, "COMPACT_SMTP_PORT").path("value").asText()).isEqualTo("587");
        assertThat(env(accounts, "COMPACT_SMTP_STARTTLS").path("value").asText()).isEqualTo("REQUIRED");
        assertThat(env(accounts, "COMPACT_SMTP_TLS").path("value").asText()).isEqualTo("false");
        assertThat(env(accounts, "COMPACT_MAIL_FROM").path("value").asText()).isEqualTo("Compact <no-reply@compact.example.org>");
        for (String variable : List.of("COMPACT_SMTP_USERNAME", "COMPACT_SMTP_PASSWORD")) {
            JsonNode reference = env(accounts, variable).at("/valueFrom/secretKeyRef");
            assertThat(reference.path("name").asText()).as(variable).isEqualTo("compact-mail");
            // A relay that takes the cluster's mail without signing in needs neither key.
            assertThat(reference.path("optional").asBoolean()).as(variable).isTrue();
        }
        // The client secret reaches the accounts service alone, the relay's sign-in the two services that send mail.
        for (String other : List.of("districts", "vendors", "templates", "signatures", "notices", "obligations", "portal")) {
            JsonNode container = container(chart.get("Deployment", "compact-" + other));
            assertThat(env(container, "COMPACT_ACCOUNTS_CLIENT_SECRET").isMissingNode()).as(other).isTrue();
            assertThat(env(container, "COMPACT_SMTP_PASSWORD").isMissingNode()).as(other).isEqualTo(!other.equals("notices"));
        }
        // With egress restricted, the relay's port is open to the services that send mail alone.
        assertThat(chart.get("NetworkPolicy", "compact-accounts").at("/spec/egress").toString()).contains("587");
        assertThat(chart.get("NetworkPolicy", "compact-notices").at("/spec/egress").toString()).contains("587");
        assertThat(chart.get("NetworkPolicy", "compact-signatures").at("/spec/egress").toString()).doesNotContain("587");
        assertThat(chart.get("NetworkPolicy", "compact-obligations").at("/spec/egress").toString()).doesNotContain("587");
    }

    @Test
    void theRelaysSignInGivenInValuesGoesIntoASecretAndKeycloaksAdminAddressCanBeSetApart() {
        RenderedChart chart = render(c -> c.set("demo", true).set("mail.host", "relay.example.net")
                .set("mail.username", "compact").set("mail.password", "relay-password-1")
                .set("keycloak.adminUrl", "http://keycloak-admin:8080"));

        JsonNode secret = chart.get("Secret", "compact-mail");
        assertThat(secret.at("/stringData/username").asText()).isEqualTo("compact");
        assertThat(secret.at("/stringData/password").asText()).isEqualTo("relay-password-1");
        JsonNode accounts = container(chart.get("Deployment", "compact-accounts"));
        assertThat(env(accounts, "COMPACT_SMTP_HOST").path("value").asText()).isEqualTo("relay.example.net");
        assertThat(env(accounts, "COMPACT_KEYCLOAK_URL").path("value").asText()).isEqualTo("http://keycloak-admin:8080");
        assertThat(env(accounts, "COMPACT_SMTP_PASSWORD").toString()).doesNotContain("relay-password-1");

        // Unset, the admin address is the issuer's without the realm.
        JsonNode byDefault = container(render(c -> c.set("demo", true)).get("Deployment", "compact-accounts"));
        assertThat(env(byDefault, "COMPACT_KEYCLOAK_URL").path("value").asText()).isEqualTo("http://keycloak:8080");
    }

    @Test
    void keycloakSendsItsOwnMailThroughTheSameRelayAndNoConfigMapHoldsTheRelaysPassword() throws Exception {
        RenderedChart chart = render(c -> c.set("demo", true).set("mail.host", "relay.example.net").set("mail.port", 2525)
                .set("mail.username", "compact").set("mail.password", "relay-password-1"));
        JsonNode smtp = importedRealm(chart).path("smtpServer");
        assertThat(smtp.path("host").asText()).isEqualTo("relay.example.net");
        assertThat(smtp.path("port").asText()).isEqualTo("2525");
        assertThat(smtp.path("from").asText()).isEqualTo("no-reply@compact.example.org");
        assertThat(smtp.path("starttls").asText()).isEqualTo("true");
        assertThat(smtp.path("auth").asText()).isEqualTo("true");
        assertThat(smtp.path("user").asText()).isEqualTo("compact");
        assertThat(smtp.has("password")).isFalse();
        assertThat(chart.get("ConfigMap", "compact-keycloak-realm").toString()).doesNotContain("relay-password-1");
        assertThat(notes(c -> c.withValuesFile(CHART.resolve("values-production.yaml"))))
                .contains("carry no password").contains("Secret compact-mail");

        // The operator's import fills the sign-in in from the relay's Secret.
        RenderedChart operator = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml"))
                .set("keycloak.operator.enabled", true).set("keycloak.operator.hostname", "login.compact.example.org"));
        JsonNode realmImport = operator.get("KeycloakRealmImport", "compact-realm");
        assertThat(realmImport.at("/spec/realm/smtpServer/host").asText()).isEqualTo("smtp.compact.example.org");
        assertThat(realmImport.at("/spec/realm/smtpServer/user").asText()).isEqualTo("${COMPACT_SMTP_USERNAME}");
        assertThat(realmImport.at("/spec/realm/smtpServer/password").asText()).isEqualTo("${COMPACT_SMTP_PASSWORD}");
        assertThat(realmImport.at("/spec/placeholders/COMPACT_SMTP_PASSWORD/secret/name").asText()).isEqualTo("compact-mail");
        assertThat(realmImport.at("/spec/placeholders/COMPACT_SMTP_PASSWORD/secret/key").asText()).isEqualTo("password");

        // A relay that wants no sign-in gets none asked of it.
        RenderedChart open = render(c -> c.set("demo", true).set("keycloak.operator.enabled", true)
                .set("keycloak.operator.hostname", "login.compact.test")
                .set("keycloak.url", "https://login.compact.test/realms/compact"));
        assertThat(open.get("KeycloakRealmImport", "compact-realm").at("/spec/realm/smtpServer/auth").asText())
                .isEqualTo("false");
        assertThat(open.get("KeycloakRealmImport", "compact-realm").at("/spec/placeholders").has("COMPACT_SMTP_PASSWORD"))
                .isFalse();
    }

    @Test
    void theNoticesServiceGetsItsDatabaseTheRelayThePortalsAddressAndWebhooksThatNeverReachLoopback() {
        RenderedChart chart = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml")));
        JsonNode notices = container(chart.get("Deployment", "compact-notices"));
        JsonNode accounts = container(chart.get("Deployment", "compact-accounts"));

        assertThat(notices.path("image").asText()).isEqualTo("ghcr.io/compactdpa/compact-notices:0.1.0");
        assertThat(env(notices, "COMPACT_DB_NAME").path("value").asText()).isEqualTo("notices");
        // The same relay, sender and sign-in as the accounts service, and links into the same portal.
        for (String variable : List.of("COMPACT_SMTP_HOST", "COMPACT_SMTP_PORT", "COMPACT_SMTP_STARTTLS", "COMPACT_SMTP_TLS",
                "COMPACT_MAIL_FROM", "COMPACT_SMTP_USERNAME", "COMPACT_SMTP_PASSWORD", "COMPACT_PORTAL_PUBLIC_URL")) {
            assertThat(env(notices, variable)).as(variable).isEqualTo(env(accounts, variable));
            assertThat(env(notices, variable).isMissingNode()).as(variable).isFalse();
        }
        assertThat(env(notices, "COMPACT_KEYCLOAK_URL").isMissingNode()).isTrue();
        assertThat(env(notices, "COMPACT_WEBHOOKS_ALLOW_LOOPBACK").path("value").asText()).isEqualTo("false");
        assertThat(env(notices, "COMPACT_WEBHOOKS_REQUIRE_HTTPS").path("value").asText()).isEqualTo("true");
        // The portal finds the service where it finds the others.
        assertThat(chart.get("ConfigMap", "compact-config").at("/data/COMPACT_NOTICES_URL").asText())
                .isEqualTo("http://compact-notices:8080");
        for (String other : List.of("districts", "vendors", "templates", "signatures", "accounts", "obligations", "portal")) {
            assertThat(env(container(chart.get("Deployment", "compact-" + other)), "COMPACT_WEBHOOKS_ALLOW_LOOPBACK")
                    .isMissingNode()).as(other).isTrue();
        }

        JsonNode plain = container(render(c -> c.set("demo", true).set("webhooks.requireHttps", false))
                .get("Deployment", "compact-notices"));
        assertThat(env(plain, "COMPACT_WEBHOOKS_REQUIRE_HTTPS").path("value").asText()).isEqualTo("false");
        assertThat(env(plain, "COMPACT_WEBHOOKS_ALLOW_LOOPBACK").path("value").asText()).isEqualTo("false");
        assertThat(env(plain, "COMPACT_SMTP_HOST").path("value").asText()).isEqualTo("smtp");
    }

    /**
     * With egress restricted, the notices pods may also reach the webhook ports on public addresses, never on
     * the private, shared, loopback or link-local ranges; no other service gets that rule.
     */
    @Test
    void onlyTheNoticesPodsReachTheInternetForWebhooksAndNotTheClustersPrivateRanges() {
        RenderedChart chart = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml")));
        JsonNode webhookRule = null;
        for (JsonNode rule : chart.get("NetworkPolicy", "compact-notices").at("/spec/egress")) {
            if (rule.path("to").toString().contains("ipBlock")) {
                assertThat(webhookRule).as("one webhook rule").isNull();
                webhookRule = rule;
            }
        }
        assertThat(webhookRule).isNotNull();
        assertThat(webhookRule.path("ports")).hasSize(1);
        assertThat(webhookRule.at("/ports/0/port").asInt()).isEqualTo(443);
        assertThat(webhookRule.at("/ports/0/protocol").asText()).isEqualTo("TCP");
        JsonNode v4 = webhookRule.at("/to/0/ipBlock");
        assertThat(v4.path("cidr").asText()).isEqualTo("0.0.0.0/0");
        List<String> excluded = new ArrayList<>();
        v4.path("except").forEach(cidr -> excluded.add(cidr.asText()));
        assertThat(excluded).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8",
                "169.254.0.0/16").noneMatch(cidr -> cidr.contains(":"));
        JsonNode v6 = webhookRule.at("/to/1/ipBlock");
        assertThat(v6.path("cidr").asText()).isEqualTo("::/0");
        assertThat(v6.path("except").toString()).contains("fc00::/7").contains("fe80::/10").contains("::1/128")
                .doesNotContain(".");

        for (String other : List.of("districts", "vendors", "templates", "signatures", "accounts", "obligations", "portal")) {
            assertThat(chart.get("NetworkPolicy", "compact-" + other).at("/spec/egress").toString()).as(other)
                    .doesNotContain("ipBlock");
        }
        // Without restricted egress there are no egress rules at all (pods may connect anywhere).
        assertThat(render(c -> c.set("demo", true)).get("NetworkPolicy", "compact-notices").at("/spec/egress")
                .isMissingNode()).isTrue();
        // More ports, e.g. for endpoints without https, are a value away.
        JsonNode widened = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml"))
                .set("networkPolicy.egress.webhookPorts[0]", 80).set("networkPolicy.egress.webhookPorts[1]", 443))
                .get("NetworkPolicy", "compact-notices");
        assertThat(widened.at("/spec/egress").toString()).contains("\"port\":80");
    }

    /**
     * The obligations service is a plain service: its own database and the shared settings, and nothing of
     * what the services that send mail, deliver webhooks or drive Keycloak get.
     */
    @Test
    void theObligationsServiceGetsItsDatabaseAndNoMailWebhookOrKeycloakSettings() {
        RenderedChart chart = render(c -> c.withValuesFile(CHART.resolve("values-production.yaml")));
        JsonNode obligations = container(chart.get("Deployment", "compact-obligations"));

        assertThat(obligations.path("image").asText()).isEqualTo("ghcr.io/compactdpa/compact-obligations:0.1.0");
        assertThat(env(obligations, "COMPACT_DB_NAME").path("value").asText()).isEqualTo("obligations");
        assertThat(env(obligations, "COMPACT_DB_OWNER_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo("compact-db");
        assertThat(obligations.at("/envFrom/0/configMapRef/name").asText()).isEqualTo("compact-config");
        for (String variable : List.of("COMPACT_SMTP_HOST", "COMPACT_SMTP_PASSWORD", "COMPACT_PORTAL_PUBLIC_URL",
                "COMPACT_KEYCLOAK_URL", "COMPACT_ACCOUNTS_CLIENT_SECRET", "COMPACT_WEBHOOKS_REQUIRE_HTTPS")) {
            assertThat(env(obligations, variable).isMissingNode()).as(variable).isTrue();
        }
        // The portal finds the service where it finds the others.
        assertThat(chart.get("ConfigMap", "compact-config").at("/data/COMPACT_OBLIGATIONS_URL").asText())
                .isEqualTo("http://compact-obligations:8080");
        // The same JVM settings as every service.
        assertThat(env(obligations, "JAVA_OPTS_APPEND")).isEqualTo(
                env(container(chart.get("Deployment", "compact-notices")), "JAVA_OPTS_APPEND"));
    }

    /**
     * Every topic the platform's events travel on (services/contracts' {@code Topics}) and every topic a
     * service consumes is created, and so is the dead-letter topic of each service that consumes events
     * ({@code compact.dlq.<application name>}, the messaging module's naming): nothing more.
     */
    @Test
    void strimziCreatesEveryEventTopicAndTheDeadLetterTopicOfEachConsumingService() throws Exception {
        List<String> topics = render(c -> c.set("demo", true).set("kafka.strimzi.enabled", true)).ofKind("KafkaTopic")
                .stream().map(t -> t.at("/spec/topicName").asText()).toList();

        Set<String> expected = new HashSet<>();
        Matcher declared = Pattern.compile("\"(compact\\.[a-z]+)\"").matcher(Files.readString(
                Path.of("../services/contracts/src/main/java/org/compactdpa/contracts/events/Topics.java")));
        while (declared.find()) {
            expected.add(declared.group(1));
        }
        for (String service : SERVICES) {
            String properties = Files.readString(applicationProperties(service));
            Matcher consumed = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.topic=(\\S+)").matcher(properties);
            boolean consumes = false;
            while (consumed.find()) {
                expected.add(consumed.group(1));
                consumes = true;
            }
            Matcher name = Pattern.compile("(?m)^quarkus\\.application\\.name=(\\S+)").matcher(properties);
            if (consumes && name.find()) {
                expected.add("compact.dlq." + name.group(1));
            }
        }
        assertThat(expected).contains("compact.accounts", "compact.dlq.accounts", "compact.dlq.vendors", "compact.dlq.notices",
                "compact.obligations", "compact.dlq.obligations");
        assertThat(topics).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static JsonNode clientOf(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("No client " + clientId);
    }
}
