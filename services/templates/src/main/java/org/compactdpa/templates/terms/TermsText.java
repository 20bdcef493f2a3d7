package org.compactdpa.templates.terms;

import java.util.stream.Collectors;
import org.compactdpa.templates.templates.Clause;
import org.compactdpa.templates.templates.Parameters;
import org.compactdpa.templates.templates.TemplateContent;

/** Renders terms as the plain text that is read and, with the parties added, signed. Deterministic. */
public final class TermsText {

    private TermsText() {
    }

    public static String render(String templateName, int version, TemplateContent content) {
        Parameters p = content.parameters();
        StringBuilder out = new StringBuilder();
        out.append(templateName).append(" (version ").append(version).append(")\n\n");
        out.append("Laws: ").append(content.laws().stream().map(Enum::name).collect(Collectors.joining(", ")));
        if (!content.stateRegulations().isEmpty()) {
            out.append("; ").append(String.join(", ", content.stateRegulations()));
        }
        out.append("\nBreach notice: ").append(p.breachNoticeHours()).append(" hours")
                .append(". Disposition: ").append(p.dispositionDays()).append(" days")
                .append(". Term: ").append(p.termYears()).append(" years")
                .append(". Audit notice: ").append(p.auditNoticeBusinessDays()).append(" business days")
                .append(". Governing law: ").append(p.governingState())
                .append(". General offer: ").append(content.generalOfferAllowed() ? "yes" : "no").append(".\n");
        String section = null;
        for (Clause clause : content.clauses()) {
            if (!clause.section().equals(section)) {
                section = clause.section();
                out.append("\n").append(section.replace('_', ' ')).append("\n");
            }
            out.append("\n").append(clause.key()).append(" ").append(clause.title()).append("\n")
                    .append(clause.text()).append("\n");
        }
        return out.toString();
    }
}
