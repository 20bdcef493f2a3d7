package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The portal in a real headless Chromium, signing in through the real Keycloak login page: a
 * vendor signs an agreement, the originating district signs, another district adopts the general
 * offer with one signature, and the adopting district's public page shows the product approved
 * with the data it collects. Screenshots of the key pages land in target/screenshots.
 */
@Order(20)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    private static final String TEMPLATE = Platform.DEMO_TEMPLATE;
    private static final String MATH_STUDIO = "5d1f0c3a-7b2e-4c4d-8e9f-0a1b2c3d4e02";
    private static final String GRANITE = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d03";
    private static final String HARBOR = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d02";

    private static Platform platform;
    private static Browser browser;
    private static String portal;
    private static String agreement;

    @BeforeAll
    static void startTheBrowserAndPrepareAnAgreement() throws Exception {
        platform = Platform.get();
        portal = platform.url("portal");
        browser = new Browser(Path.of("target", "screenshots"));

        // The coordinator's part happens through the API: an agreement that Granite Hills originates
        // for Brightpath Math Studio, with a general offer.
        agreement = platform.prepareStandardAgreement(GRANITE, MATH_STUDIO, true);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theVendorSignerSignsTheExactDocumentTheyReviewed() throws Exception {
        browser.signIn(portal, "brightpath-signer", "demo");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/vendor");
        browser.screenshot("01-vendor-home");

        browser.click("#to-sign a[href='/agreements/" + agreement + "/review']");
        String shown = browser.text("#document-hash");
        String actual = given().baseUri(platform.url("signatures")).header("Authorization", platform.bearer("brightpath-signer"))
                .when().get("/api/agreements/" + agreement + "/document").then().statusCode(200).extract().path("sha256");
        assertThat(shown).isEqualTo(actual);
        browser.screenshot("02-vendor-review-and-sign");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.click("#consent");
        browser.click("#intent");
        browser.click("#sign");

        assertThat(browser.text("#done")).contains("signature is recorded");
        assertThat(browser.text("#status")).isEqualTo("Awaiting district");

        // The evidence names the signer's browser, passed on by the portal, not the portal itself.
        String browserAgent = (String) browser.driver.executeScript("return navigator.userAgent");
        List<Map<String, Object>> signed = given().baseUri(platform.url("signatures"))
                .header("Authorization", platform.bearer("brightpath-signer"))
                .when().get("/api/agreements/" + agreement + "/evidence")
                .then().statusCode(200).extract().path("trail.findAll { it.type == 'SIGNED' }");
        assertThat(signed).singleElement().satisfies(entry -> assertThat(entry.get("userAgent")).isEqualTo(browserAgent));
    }

    @Test
    @Order(2)
    void aSignerOfAnotherVendorIsRefusedThePage() throws Exception {
        browser.signIn(portal, "quillstone-signer", "demo");
        browser.open(portal + "/agreements/" + agreement + "/review");

        assertThat(browser.text("h1")).isNotEmpty();
        assertThat(browser.driver.findElements(By.id("sign-form"))).isEmpty();
        assertThat(browser.text(".status-code")).isIn("Error 403", "Error 404");
    }

    @Test
    @Order(3)
    void theOriginatingDistrictSignsAndTheAgreementIsExecuted() throws Exception {
        browser.signIn(portal, "granite-signer", "demo");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/district");
        browser.click("#agreements a[href='/agreements/" + agreement + "/review']");
        browser.click("#consent");
        browser.click("#intent");
        browser.click("#sign");

        assertThat(browser.text("#status")).isEqualTo("Executed");
        assertThat(browser.text("#chain")).contains("Chain intact");
        assertThat(browser.text("#trail")).contains("Created", "Document viewed", "Signed", "Executed");
        browser.screenshot("03-district-signed-executed");
    }

    @Test
    @Order(4)
    void anotherDistrictAdoptsTheOfferWithOneSignature() throws Exception {
        browser.signIn(portal, "harbor-signer", "demo");
        browser.open(portal + "/district");
        browser.click("#offers a[href='/offers/" + agreement + "/adopt']");
        assertThat(browser.text("h1")).contains("Brightpath");
        assertThat(browser.text("#exhibit-hash")).matches("[0-9a-f]{64}");
        browser.screenshot("04-district-adopt-offer");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.click("#consent");
        browser.click("#intent");
        browser.click("#adopt");

        assertThat(browser.text("#done")).contains("adopted");
        assertThat(browser.text("#status")).isEqualTo("Executed");
    }

    @Test
    @Order(5)
    void theAdoptingDistrictsPublicPageShowsTheProductApprovedWithItsData() throws Exception {
        browser.signOut();
        String row = "#district-list tr[data-product='" + MATH_STUDIO + "']";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            browser.open(portal + "/districts/" + HARBOR + "?status=APPROVED");
            assertThat(browser.driver.findElements(By.cssSelector(row))).hasSize(1);
        });
        assertThat(browser.text(row + " td[data-label='Status']")).isEqualTo("Approved");
        assertThat(browser.text(row + " td[data-label='Data collected']"))
                .contains("Student name", "Assessment", "Special indicator");
        assertThat(browser.text(row + " td[data-label='Agreement']")).isEqualTo("Adopted offer");
        browser.screenshot("05-public-district-list");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.open(portal + "/?dataElement=SPECIAL_INDICATOR&status=EXECUTED");
        assertThat(browser.text("main")).contains("Brightpath", "Harbor Point Public Schools");
        browser.screenshot("06-public-registry");
    }

    @Test
    @Order(6)
    void theSealedPdfVerifiesByUploadAndTheRecordShowsTheSealCheck() throws Exception {
        String granite = platform.bearer("granite-signer");
        AtomicReference<byte[]> pdf = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            var response = given().baseUri(platform.url("signatures")).header("Authorization", granite)
                    .when().get("/api/agreements/" + agreement + "/document.pdf");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            pdf.set(response.asByteArray());
        });
        Path file = java.nio.file.Files.createTempFile("agreement", ".pdf");
        java.nio.file.Files.write(file, pdf.get());

        browser.signOut();
        browser.open(portal + "/verify");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.click("#verify-form button[type='submit']");
        assertThat(browser.text("#verdict")).contains("Authentic", "Brightpath", "Intact");
        browser.screenshot("11-verify-upload");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.open(portal + "/agreements/" + agreement);
        assertThat(browser.text("main")).contains("authentic agreement recorded by Compact", "Special indicator");
    }

    @Test
    @Order(7)
    void aVendorsProductFormExplainsWhatIsMissingAndThenSaves() throws Exception {
        browser.signIn(portal, "brightpath-staff", "demo");
        browser.open(portal + "/vendor/products/new");
        browser.find("#name").sendKeys("Brightpath Notes");
        browser.find("#url").sendKeys("https://brightpath.example.com/notes");
        browser.click("input[name='dataElements'][value='STUDENT_NAME']");
        browser.click("input[name='dataElements'][value='OTHER']");
        new org.openqa.selenium.support.ui.Select(browser.find("#securityFramework")).selectByValue("NIST_CSF");
        browser.click("#product-form button[type='submit']");

        assertThat(browser.text("#problem")).contains("otherDataElements");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Brightpath Notes");
        browser.screenshot("07-vendor-product-form-error");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.find("#otherDataElements").sendKeys("Teacher notes about reading progress");
        browser.click("#product-form button[type='submit']");
        assertThat(browser.text("#products")).contains("Brightpath Notes", "Student name", "Other");
    }

    @Test
    @Order(8)
    void theCoordinatorSeesMembersTemplatesAndTheQueue() throws Exception {
        browser.signIn(portal, "coordinator", "demo");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/coordinator");
        assertThat(browser.text("#members")).contains("Maple Valley", "Harbor Point", "Granite Hills");
        assertThat(browser.text("#version")).contains("version 1");
        browser.screenshot("08-coordinator-home");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.open(portal + "/coordinator/templates/" + TEMPLATE);
        assertThat(browser.text("#versions")).contains("Published");
        browser.screenshot("09-coordinator-template");
        browser.click("#versions a[href='/templates/" + TEMPLATE + "/versions/1']");
        assertThat(browser.text("main")).contains("72 hours", "I.1");
    }

    @Test
    @Order(9)
    void theCoordinatorVerifiesAVendorFromThePortal() throws Exception {
        browser.signIn(portal, "coordinator", "demo");
        assertThat(browser.text("#unverified")).contains("Quillstone Assessment LLC");
        browser.click("#unverified form[action='/coordinator/vendors/a3e5c7d9-2b4f-4e6a-9c8b-7d6e5f4a3b02/verify'] button");

        assertThat(browser.text("[role='status']")).contains("verified");
        given().baseUri(platform.url("vendors")).when().get("/api/vendors/a3e5c7d9-2b4f-4e6a-9c8b-7d6e5f4a3b02")
                .then().statusCode(200).body("verified", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    @Order(10)
    void theCoordinatorPreparesAnAgreementThatWaitsForTheVendorsSignature() throws Exception {
        browser.signIn(portal, "coordinator", "demo");
        new org.openqa.selenium.support.ui.Select(browser.find("#districtId")).selectByVisibleText("Maple Valley Public Schools");
        browser.click("#prepare-form input[name='productIds'][value='5d1f0c3a-7b2e-4c4d-8e9f-0a1b2c3d4e03']");
        browser.click("#prepare-form button[type='submit']");
        // The new terms reach signatures by event; until they have, the portal says so and keeps the
        // form (and the terms it issued), so the coordinator submits the same form again a moment later.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (browser.driver.findElements(By.id("terms-waiting")).isEmpty()) {
                return true;
            }
            browser.click("#prepare-form button[type='submit']");
            return false;
        });

        assertThat(browser.text("h1")).contains("Quillstone Assessment LLC", "Maple Valley Public Schools");
        assertThat(browser.text("#status")).isEqualTo("Awaiting vendor");
        assertThat(browser.text("#document-hash")).matches("[0-9a-f]{64}");
    }

    @Test
    @Order(11)
    void aVendorProposesAChangeAndTheCoordinatorAcceptsItIntoTheRedline() throws Exception {
        browser.signIn(portal, "brightpath-staff", "demo");
        browser.click("details:has(#negotiate-form) > summary");
        browser.click("#negotiate-form input[name='productIds'][value='5d1f0c3a-7b2e-4c4d-8e9f-0a1b2c3d4e01']");
        browser.click("#negotiate-form button[type='submit']");
        browser.find("#clauseKey").sendKeys("V.4");
        browser.find("#ptext").sendKeys("The Provider notifies the District of a breach within 48 hours.");
        browser.find("#rationale").sendKeys("Our incident process notifies within two days.");
        browser.click("#propose-form button[type='submit']");
        assertThat(browser.text("[role='status']")).contains("Proposed");
        String negotiation = browser.driver.getCurrentUrl().replaceAll(".*/negotiations/([^?]+).*", "$1");

        browser.signIn(portal, "coordinator", "demo");
        browser.open(portal + "/negotiations/" + negotiation);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.click("form[action$='/accept'] button");
        assertThat(browser.text("[role='status']")).contains("Accepted");
        assertThat(browser.text("main")).contains("Changed V.4", "48 hours");
        browser.screenshot("12-negotiation-redline");
    }

    @Test
    @Order(12)
    void thePublicListReadsOnAPhone() throws Exception {
        browser.signOut();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.open(portal + "/districts/" + HARBOR);
            assertThat(browser.text("#district-list")).contains("Brightpath Math Studio");
            browser.screenshot("10-phone-district-list");
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }
}
