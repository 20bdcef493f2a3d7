package org.compactdpa.portal.notices;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compactdpa.portal.clients.NoticePreference;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.PageException;

/**
 * The e-mail preferences form: one choice per kind of notice, named {@code delivery-<KIND>}. Only
 * the kinds the service lists, and of them only those that are not mandatory, can change: whatever a
 * form says about a mandatory kind is left unsent, since the service would refuse it anyway.
 */
public final class DeliveryChoices {

    static final List<Option> OPTIONS = List.of(new Option("IMMEDIATE", "Immediately", "an e-mail for each notice"),
            new Option("DAILY_DIGEST", "Daily digest", "one e-mail a day listing them"),
            new Option("OFF", "Off", "no e-mail; the inbox still shows them"));

    private DeliveryChoices() {
    }

    static String field(String kind) {
        return "delivery-" + kind;
    }

    /**
     * What to change: kind to delivery, for each changeable kind whose choice differs from the current
     * one, in the service's order. A value the form never offered was not sent by this portal's page.
     */
    static Map<String, String> changes(List<NoticePreference> current, Map<String, List<String>> form) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (NoticePreference preference : current) {
            String chosen = Forms.text(form, field(preference.kind()));
            if (preference.mandatory() || chosen == null || chosen.equals(preference.delivery())) {
                continue;
            }
            if (OPTIONS.stream().noneMatch(o -> o.value().equals(chosen))) {
                throw new PageException(400, "The form could not be read",
                        "It asks for a way of sending notices that the page does not offer.");
            }
            changes.put(preference.kind(), chosen);
        }
        return changes;
    }

    /** The preferences as the form shows them again: the service's, with the choices just made over them. */
    static List<NoticePreference> shown(List<NoticePreference> current, Map<String, String> chosen) {
        return current.stream().map(p -> chosen.containsKey(p.kind())
                ? new NoticePreference(p.kind(), p.label(), chosen.get(p.kind()), p.mandatory()) : p).toList();
    }

    /** One way of being e-mailed, as a radio button shows it. */
    @TemplateData
    public record Option(String value, String label, String hint) {
    }
}
