package org.compactdpa.portal.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.clients.Notice;
import org.compactdpa.portal.clients.NoticePreference;
import org.compactdpa.portal.pages.PageException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The notice pages' pure rules: which links are links, the header's count, the preferences form, event types. */
@Tag("fast")
class NoticeRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onlyPathsOfThePortalBecomeLinks() {
        assertThat(NoticeLinks.isPortalPath("/agreements/1/review")).isTrue();
        assertThat(NoticeLinks.isPortalPath("/inbox?unread=true")).isTrue();
        for (String elsewhere : new String[] {null, "", "https://evil.example/", "http://portal/x", "//evil.example/x",
                "/\\evil.example", "javascript:alert(1)", "agreements/1", " /x", "/x y", "/x\ny", "mailto:a@b.example"}) {
            assertThat(NoticeLinks.isPortalPath(elsewhere)).as(String.valueOf(elsewhere)).isFalse();
        }
        Notice notice = new Notice(UUID.randomUUID(), "ACCOUNT", "t", "b", "//evil.example", null, false, false);
        assertThat(NoticeLinks.portalLink(notice)).isNull();
    }

    @Test
    void theHeaderCountsUpTo999AndSaysSoAbove() {
        assertThat(InboxCount.label(0)).isNull();
        assertThat(InboxCount.label(-1)).isNull();
        assertThat(InboxCount.label(1)).isEqualTo("1");
        assertThat(InboxCount.label(999)).isEqualTo("999");
        assertThat(InboxCount.label(1000)).isEqualTo("999+");
        assertThat(InboxCount.label(25_000)).isEqualTo("999+");
    }

    @Test
    void onlyChangedKindsThatAreNotMandatoryAreSent() {
        List<NoticePreference> current = List.of(new NoticePreference("SIGNATURE_REQUESTED", "Signature requested", "IMMEDIATE", false),
                new NoticePreference("AGREEMENT_EXECUTED", "Agreement executed", "DAILY_DIGEST", false),
                new NoticePreference("ACCOUNT", "Your account", "OFF", false),
                new NoticePreference("BREACH", "Breach", "IMMEDIATE", true));
        Map<String, List<String>> form = Map.of("delivery-SIGNATURE_REQUESTED", List.of("OFF"),
                "delivery-AGREEMENT_EXECUTED", List.of("DAILY_DIGEST"), "delivery-BREACH", List.of("OFF"),
                "delivery-UNKNOWN_KIND", List.of("OFF"));

        Map<String, String> changes = DeliveryChoices.changes(current, form);

        assertThat(changes).containsExactly(Map.entry("SIGNATURE_REQUESTED", "OFF"));
        assertThat(DeliveryChoices.shown(current, changes)).extracting(NoticePreference::delivery)
                .containsExactly("OFF", "DAILY_DIGEST", "OFF", "IMMEDIATE");
    }

    @Test
    void aDeliveryTheFormNeverOfferedIsARefusedForm() {
        List<NoticePreference> current = List.of(new NoticePreference("ACCOUNT", "Your account", "OFF", false));
        assertThatThrownBy(() -> DeliveryChoices.changes(current, Map.of("delivery-ACCOUNT", List.of("HOURLY"))))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void eventTypesReadTheSameAsNamesObjectsOrItems() throws Exception {
        assertThat(EventTypeChoice.from(JSON.readTree("[\"agreement.executed\",\"agreement.adopted\",\"agreement.executed\",\"\"]")))
                .extracting(EventTypeChoice::name).containsExactly("agreement.executed", "agreement.adopted");
        assertThat(EventTypeChoice.from(JSON.readTree("""
                {"items":[{"type":"agreement.executed","description":"An agreement took effect"},{"name":"product.changed"},{"x":1},3]}""")))
                .containsExactly(new EventTypeChoice("agreement.executed", "An agreement took effect"),
                        new EventTypeChoice("product.changed", null));
        assertThat(EventTypeChoice.from(JSON.readTree("{\"unexpected\":true}"))).isEmpty();
        assertThat(EventTypeChoice.from(null)).isEmpty();
    }

    @Test
    void formsReturnToTheListAsItWas() {
        assertThat(InboxView.of(Map.of("unread", List.of("true"), "page", List.of("2"))).path("read"))
                .isEqualTo("/inbox?unread=true&page=2&done=read");
        assertThat(InboxView.of(Map.of("page", List.of("not a number"))).path("all-read")).isEqualTo("/inbox?done=all-read");
        UUID webhook = UUID.fromString("11111111-2222-4333-8444-555555555555");
        assertThat(DeliveryLogView.of(webhook, Map.of("status", List.of("FAILED"), "page", List.of("1"))).path("replayed"))
                .isEqualTo("/webhooks/" + webhook + "?status=FAILED&page=1&done=replayed");
        assertThat(DeliveryLogView.of(webhook, "SOMETHING", -3)).isEqualTo(new DeliveryLogView(webhook, null, 0));
        assertThat(DeliveryLogView.of(webhook, null, 0).path("enabled")).isEqualTo("/webhooks/" + webhook + "?done=enabled");
    }

    @Test
    void productsAreNamedWithTheirVendorAndSorted() {
        List<Map<String, Object>> vendors = List.of(Map.of("id", "v1", "legalName", "Quillstone Assessment LLC"),
                Map.of("id", "v2", "legalName", "Brightpath Learning, Inc.", "doingBusinessAs", "Brightpath"));
        List<Map<String, Object>> products = List.of(Map.of("id", "p1", "vendorId", "v1", "name", "Quiz"),
                Map.of("id", "p2", "vendorId", "v9", "name", "Atlas"));

        assertThat(TargetChoice.vendors(vendors)).containsExactly(new TargetChoice("v2", "Brightpath"),
                new TargetChoice("v1", "Quillstone Assessment LLC"));
        assertThat(TargetChoice.products(products, vendors)).containsExactly(new TargetChoice("p2", "Atlas"),
                new TargetChoice("p1", "Quiz (Quillstone Assessment LLC)"));
    }
}
