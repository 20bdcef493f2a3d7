package org.compactdpa.signatures.seal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.compactdpa.signatures.Rows;
import org.compactdpa.signatures.signing.SigningFlowIT;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many seals pending at once, made by the pool of sealing threads while two rounds run side by side,
 * as two instances would: every seal is claimed once, stored once and recorded once in its trail.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class SealPoolIT {

    private static final int AGREEMENTS = 30;

    @Inject
    SealWorker worker;

    @Inject
    Scheduler scheduler;

    @Inject
    Vertx vertx;

    @BeforeAll
    static void parties() {
        SigningFlowIT.parties();
    }

    @Test
    void manyPendingSealsAreEachMadeExactlyOnceByThePool() throws Exception {
        // The scheduled rounds wait, so the seals pile up and the two rounds below find them all pending.
        scheduler.pause();
        List<UUID> agreements;
        try {
            UUID terms = SigningFlowIT.terms("STANDARD", false);
            agreements = IntStream.range(0, AGREEMENTS).mapToObj(i -> executed(terms)).toList();
            assertThat(Rows.all(List.of(), "select 1 from sealed_document where status = 'PENDING' and agreement_id = any(?)",
                    (Object) agreements.toArray(UUID[]::new))).hasSize(AGREEMENTS);

            CompletableFuture<Integer> first = sealPendingOnOwnContext();
            CompletableFuture<Integer> second = sealPendingOnOwnContext();
            int sealed = first.get(180, TimeUnit.SECONDS) + second.get(180, TimeUnit.SECONDS);
            assertThat(sealed).isGreaterThanOrEqualTo(AGREEMENTS);
        } finally {
            scheduler.resume();
        }

        List<Map<String, Object>> rows = Rows.all(List.of(), "select d.status, d.attempts, d.pdf_sha256,"
                + " (select count(*) from evidence_entry e where e.agreement_id = d.agreement_id and e.type = 'SEALED') as entries"
                + " from sealed_document d where d.agreement_id = any(?)", (Object) agreements.toArray(UUID[]::new));
        assertThat(rows).hasSize(AGREEMENTS).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("SEALED");
            assertThat(row.get("attempts")).as("claimed once").isEqualTo(1);
            assertThat(row.get("entries")).as("one SEALED entry in the trail").isEqualTo(1L);
        });
        assertThat(rows.stream().map(row -> row.get("pdf_sha256")).distinct()).hasSize(AGREEMENTS);
        assertThat(worker.busiest()).as("seals made side by side")
                .isGreaterThanOrEqualTo(Math.min(2, Runtime.getRuntime().availableProcessors()));

        String sample = agreements.get(AGREEMENTS / 2).toString();
        byte[] pdf = given().header("Authorization", org.compactdpa.testing.Tokens.bearer("maple-signer"))
                .when().get("/api/agreements/" + sample + "/document.pdf").then().statusCode(200).extract().asByteArray();
        given().contentType("application/pdf").body(pdf).when().post("/api/verify").then().statusCode(200)
                .body("authentic", equalTo(true)).body("agreementId", equalTo(sample));
    }

    private static UUID executed(UUID terms) {
        String agreement = SigningFlowIT.prepare(terms, DemoOrganisations.MAPLE, false);
        String hash = SigningFlowIT.hashOf(agreement, "brightpath-signer");
        SigningFlowIT.sign(agreement, "brightpath-signer", hash).statusCode(200);
        SigningFlowIT.sign(agreement, "maple-signer", hash).statusCode(200).body("status", equalTo("EXECUTED"));
        return UUID.fromString(agreement);
    }

    /** A round as another instance's scheduler would start it: on a Vert.x context of its own. */
    private CompletableFuture<Integer> sealPendingOnOwnContext() {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> worker.sealPending().subscribe().with(done::complete, done::completeExceptionally));
        return done;
    }
}
