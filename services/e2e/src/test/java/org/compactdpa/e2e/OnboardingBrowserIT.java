package org.compactdpa.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The accounts pages of the portal in a real headless Chromium: a company registers itself through
 * the public form, confirms from the link the real SMTP server caught, chooses its password on
 * Keycloak's own page and signs in; a coordinator verifies it from the queue against the checklist;
 * the company's administrator invites a colleague, who accepts from the mail, and then gives the
 * colleague another role on the people page. Screenshots of the pages land in target/screenshots.
 */
@Order(31)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingBrowserIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String COMPANY = "Beacon Reading " + RUN;
    private static final String ADMIN = "alex.moreau-" + RUN + "@beacon.example.com";
    private static final String COLLEAGUE = "jo.lindqvist-" + RUN + "@beacon.example.com";
    private static final String PASSWORD = "Beacon-" + UUID.randomUUID();

    private static Platform platform;
    private static Browser browser;
    private static Mailbox mail;
    private static String portal;
    private static String keycloak;

    @BeforeAll
    static void startTheBrowser() throws Exception {
        platform = Platform.get();
        portal = platform.url("portal");
        keycloak = platform.stack.keycloak().baseUrl();
        mail = new Mailbox(platform.stack.mail().apiUrl());
        browser = new Browser(Path.of("target", "screenshots"));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void aCompanyRegistersItselfAndConfirmsFromTheMailedLink() throws Exception {
        browser.signOut();
        browser.open(portal + "/");
        browser.click("#register-company");
        browser.find("#company").sendKeys(COMPANY);
        browser.find("#legalName").sendKeys(COMPANY + " LLC");
        browser.find("#website").sendKeys("https://beacon.example.com");
        browser.find("#contactFirstName").sendKeys("Alex");
        browser.find("#contactLastName").sendKeys("Moreau");
        browser.find("#email").sendKeys(ADMIN);
        browser.click("#authorityToSign");
        browser.screenshot("20-register-company");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.click("#apply");
        assertThat(browser.find("#applied").isDisplayed()).isTrue();

        String link = mail.waitFor(ADMIN, m -> m.text().contains("/vendor-applications/confirm"))
                .link(portal + "/vendor-applications/confirm?token=");
        browser.open(link);
        // Opening the link changes nothing: a mail scanner may have opened it first.
        assertThat(browser.find("#confirm-form").isDisplayed()).isTrue();
        browser.click("#confirm");
        assertThat(browser.text("#confirmed")).containsIgnoringCase("unverified");
        assertThat(browser.find("#password-mail").isDisplayed()).isTrue();
        browser.screenshot("21-company-registered");

        // The same link a second time no longer works.
        browser.open(link);
        browser.click("#confirm");
        assertThat(browser.driver.getPageSource()).contains("no longer works");
    }

    @Test
    @Order(2)
    void theApplicantChoosesAPasswordOnKeycloaksPageAndSignsIn() throws Exception {
        choosePassword(ADMIN);
        browser.signIn(portal, ADMIN, PASSWORD);
        browser.click("#nav-people");
        assertThat(rowOf(ADMIN).getText()).contains("Alex Moreau");
        browser.screenshot("22-vendor-people");
    }

    @Test
    @Order(3)
    void aCoordinatorVerifiesTheCompanyFromTheQueue() throws Exception {
        browser.signIn(portal, "coordinator", "demo");
        browser.click("#nav-applications");
        browser.find("#applications");
        browser.driver.findElement(By.linkText(COMPANY)).click();
        browser.click("#companyIdentity");
        browser.click("#signerAuthority");
        browser.click("#breachContact");
        browser.find("#note").sendKeys("Company registry and signing authority checked by phone.");
        browser.screenshot("23-verify-vendor");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.click("#verify");
        assertThat(browser.text("#done")).contains("verified");
    }

    @Test
    @Order(4)
    void theAdministratorInvitesAColleagueWhoAcceptsFromTheMail() throws Exception {
        browser.signIn(portal, ADMIN, PASSWORD);
        browser.open(portal + "/people/invitations");
        browser.find("#invite-form #email").sendKeys(COLLEAGUE);
        browser.find("#invite-form #firstName").sendKeys("Jo");
        browser.find("#invite-form #lastName").sendKeys("Lindqvist");
        browser.click("#invite-form input[name=roles][value=vendor-staff]");
        browser.click("#invite");
        assertThat(browser.text("#done")).contains("invitation is sent");
        assertThat(browser.text("#invitations")).contains(COLLEAGUE);
        browser.screenshot("24-invitations");

        String link = mail.waitFor(COLLEAGUE, m -> m.text().contains("/invitations/accept"))
                .link(portal + "/invitations/accept?token=");
        browser.signOut();
        browser.open(link);
        browser.click("#accept");
        assertThat(browser.find("#accepted").isDisplayed()).isTrue();
        assertThat(browser.find("#password-mail").isDisplayed()).isTrue();
    }

    @Test
    @Order(5)
    void theAdministratorGivesTheColleagueTheSignersRole() throws Exception {
        browser.signIn(portal, ADMIN, PASSWORD);
        browser.click("#nav-people");
        WebElement colleague = rowOf(COLLEAGUE);
        String personId = colleague.getAttribute("id").substring("person-".length());
        assertThat(colleague.getText()).contains("Jo Lindqvist");
        WebElement signer = colleague.findElement(By.cssSelector("input[name=roles][value=vendor-signer]"));
        assertThat(signer.isSelected()).isFalse();
        signer.click();
        browser.click("#save-roles-" + personId);
        assertThat(browser.text("#done")).contains("roles are changed");
        assertThat(rowOf(COLLEAGUE).findElement(By.cssSelector("input[name=roles][value=vendor-signer]")).isSelected())
                .isTrue();
        browser.screenshot("25-roles-changed");
    }

    /** The mailed link to Keycloak's page, followed in the browser, and the password typed twice there. */
    private static void choosePassword(String address) {
        String link = mail.waitFor(address, m -> m.text().contains("/login-actions/action-token"))
                .link(keycloak + "/realms/compact/login-actions/action-token?");
        browser.signOut();
        browser.open(link);
        // Keycloak first asks whether to go ahead with what the mail is for.
        if (browser.driver.findElements(By.id("password-new")).isEmpty()) {
            browser.click("a[href*='/login-actions/']");
        }
        browser.find("#password-new").sendKeys(PASSWORD);
        browser.find("#password-confirm").sendKeys(PASSWORD);
        browser.driver.findElement(By.cssSelector("#password-confirm")).submit();
        browser.waitFor().until(d -> d.getPageSource().contains("Your account has been updated"));
    }

    /** The row of the people table that names this address. */
    private static WebElement rowOf(String email) {
        browser.find("#people");
        return browser.driver.findElement(By.xpath("//table[@id='people']//tr[contains(., '" + email + "')]"));
    }
}
