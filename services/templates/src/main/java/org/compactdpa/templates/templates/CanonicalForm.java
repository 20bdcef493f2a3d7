package org.compactdpa.templates.templates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The one serialisation of content that is hashed: fixed field order, every clause in document
 * order, text escaped so no two contents share a form. It depends on nothing but the content, so a
 * hash computed today is recomputed identically years later (and on any machine).
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    public static String of(TemplateContent content) {
        StringBuilder out = new StringBuilder("compact-terms/1\n");
        Parameters p = content.parameters();
        out.append("parameters|breachNoticeHours=").append(p.breachNoticeHours())
                .append("|dispositionDays=").append(p.dispositionDays())
                .append("|termYears=").append(p.termYears())
                .append("|auditNoticeBusinessDays=").append(p.auditNoticeBusinessDays())
                .append("|governingState=").append(escape(p.governingState())).append('\n');
        out.append("laws|").append(content.laws().stream().map(Enum::name).collect(Collectors.joining(","))).append('\n');
        out.append("stateRegulations|").append(content.stateRegulations().stream().map(CanonicalForm::escape)
                .collect(Collectors.joining(","))).append('\n');
        out.append("generalOfferAllowed|").append(content.generalOfferAllowed()).append('\n');
        for (Clause clause : content.clauses()) {
            out.append("clause|").append(escape(clause.key())).append('|').append(escape(clause.section()))
                    .append('|').append(escape(clause.title())).append('|').append(escape(clause.text())).append('\n');
        }
        return out.toString();
    }

    public static String sha256(TemplateContent content) {
        return sha256(of(content));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Backslash, bar and line breaks escaped: separators never occur inside a value. */
    private static String escape(String value) {
        if (value == null) {
            return "\\0";
        }
        return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "\\r").replace("\n", "\\n");
    }
}
