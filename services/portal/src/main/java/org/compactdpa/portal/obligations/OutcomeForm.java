package org.compactdpa.portal.obligations;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.compactdpa.portal.clients.ObligationsClient.AuditOutcome;
import org.compactdpa.portal.clients.ObligationsClient.Remediation;
import org.compactdpa.portal.pages.Forms;

/** An audit's outcome as the form sends it: the findings and a few remediation rows, the empty ones left out. */
final class OutcomeForm {

    /** The rows the form offers (remediation.0.item, remediation.0.dueOn, ...). */
    static final List<Integer> ROWS = IntStream.range(0, 5).boxed().toList();

    private OutcomeForm() {
    }

    /** One remediation row of the form, with what was typed in it. */
    @TemplateData
    record Row(int index, Object item, Object dueOn) {
    }

    /** The form's rows, filled in as typed. */
    static List<Row> rows(Map<String, Object> typed) {
        return ROWS.stream().map(row -> new Row(row, typed.get("remediation." + row + ".item"),
                typed.get("remediation." + row + ".dueOn"))).toList();
    }

    static AuditOutcome read(Map<String, List<String>> form) {
        List<Remediation> items = new ArrayList<>();
        for (int row : ROWS) {
            String item = Forms.text(form, "remediation." + row + ".item");
            String due = Forms.text(form, "remediation." + row + ".dueOn");
            if (item != null || due != null) {
                items.add(new Remediation(item, When.day(due, "remediation[" + row + "].dueOn")));
            }
        }
        return new AuditOutcome(Forms.text(form, "findings"), items);
    }
}
