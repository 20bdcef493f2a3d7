package org.compactdpa.vendors.onboarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.VendorApplicationConfirmed;
import org.compactdpa.contracts.events.VendorApplicationVerified;
import org.compactdpa.contracts.events.VerificationChecklist;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A vendor that registered itself through the accounts service arrives here by event, from the real
 * broker: registered once and UNVERIFIED on confirmation, however often the event comes, and verified
 * when the accounts service announces its verification.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class OnboardingEventsIT {

    private static VendorApplicationConfirmed confirmed(UUID application, UUID vendor, String legalName) {
        return new VendorApplicationConfirmed(application, vendor, "Lumen", legalName, "https://lumen.example.org",
                "Rosa Lind", "rosa@lumen.example.org", true, UUID.randomUUID().toString(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static long vendorRows(UUID vendor) {
        return TestDatabase.count("compact_test", "select count(*) from vendor where id = ?", vendor);
    }

    @Test
    void aConfirmedApplicationRegistersTheVendorOnceAndUnverified() {
        UUID application = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaEvents.publish(eventId, application, confirmed(application, vendor, "Lumen Tutor Learning, Inc."));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get("/api/vendors/" + vendor)
                        .then().statusCode(200)
                        .body("legalName", equalTo("Lumen Tutor Learning, Inc."))
                        .body("doingBusinessAs", equalTo("Lumen"))
                        .body("verified", equalTo(false)));
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().get("/api/vendors/" + vendor)
                .then().statusCode(200)
                .body("representative.email", equalTo("rosa@lumen.example.org"))
                .body("breachContact.name", equalTo("Rosa Lind"));

        // The same event again, then another confirmation naming the same vendor: neither adds a vendor
        // nor changes it. A last, later event on the same key shows both were consumed before it.
        KafkaEvents.publish(eventId, application, confirmed(application, vendor, "Redelivered Name"));
        KafkaEvents.publish(UUID.randomUUID().toString(), application, confirmed(application, vendor, "Second Name"));
        KafkaEvents.publish(UUID.randomUUID().toString(), application, new VendorApplicationVerified(application,
                vendor, "Lumen Tutor Learning, Inc.", new VerificationChecklist(true, true, true), "Checked",
                "coordinator-subject", "Casey Coordinator", Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get("/api/vendors/" + vendor).then().statusCode(200).body("verified", equalTo(true)));

        given().when().get("/api/vendors/" + vendor).then().body("legalName", equalTo("Lumen Tutor Learning, Inc."));
        assertThat(vendorRows(vendor)).isEqualTo(1);
        assertThat(TestDatabase.count("compact_test",
                "select count(*) from inbox_event where consumer = 'vendors.accounts' and event_id = ?", eventId))
                .isEqualTo(1);
        List<KafkaEvents.Received> registered = KafkaEvents.await("compact.vendors",
                e -> vendor.toString().equals(e.key()) && e.type().equals("org.compactdpa.vendor.registered.v1"),
                Duration.ofSeconds(30));
        assertThat(registered).hasSize(1);
        KafkaEvents.await("compact.vendors",
                e -> vendor.toString().equals(e.key()) && e.type().equals("org.compactdpa.vendor.verified.v1"),
                Duration.ofSeconds(30));
    }

    @Test
    void aVerificationAnnouncedTwiceVerifiesOnce() {
        UUID application = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), application, confirmed(application, vendor, "Twice Verified LLC"));
        for (int i = 0; i < 2; i++) {
            KafkaEvents.publish(UUID.randomUUID().toString(), application, new VendorApplicationVerified(application,
                    vendor, "Twice Verified LLC", new VerificationChecklist(true, true, true), "Checked",
                    "admin-subject", "Ada Admin", Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i)));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(TestDatabase.count("compact_test",
                        "select count(*) from inbox_event where consumer = 'vendors.accounts' and event_type like ?",
                        "%vendor-application.verified%")).isGreaterThanOrEqualTo(2));
        given().when().get("/api/vendors/" + vendor)
                .then().statusCode(200).body("verified", equalTo(true))
                .body("verifiedAt", equalTo("2026-11-30T10:00:00Z"));
        assertThat(TestDatabase.count("compact_test",
                "select count(*) from outbox_event where aggregate_id = ? and event_type = 'org.compactdpa.vendor.verified.v1'",
                vendor.toString())).isEqualTo(1);
    }
}
