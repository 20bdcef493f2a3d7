package org.compactdpa.templates.negotiations;

import java.util.ArrayList;
import java.util.List;
import org.compactdpa.platform.problem.Problem;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.validation.Limits;
import org.compactdpa.templates.templates.Clause;
import org.compactdpa.templates.templates.TemplateContent;

/** The rules of proposals in a negotiation, and how accepted ones change the standard's text. */
final class ProposalRules {

    private ProposalRules() {
    }

    /** The standard with the accepted changes: replacements in place, deletions out, Exhibit H additions at the end. */
    static TemplateContent apply(TemplateContent standard, List<Proposal> accepted) {
        List<Clause> clauses = new ArrayList<>(standard.clauses());
        for (Proposal p : accepted) {
            switch (p.kind) {
                case REPLACE -> clauses.replaceAll(c -> c.key().equals(p.clauseKey)
                        ? new Clause(c.key(), c.section(), c.title(), p.text) : c);
                case DELETE -> clauses.removeIf(c -> c.key().equals(p.clauseKey));
                case ADD_EXHIBIT_H -> clauses.add(new Clause(p.clauseKey, "EXHIBIT_H",
                        p.title == null ? "Additional terms" : p.title, p.text));
            }
        }
        return standard.withClauses(clauses);
    }

    /**
     * The terms an acceptance would lead to stay within the size of a version
     * ({@link Limits#CONTENT_TEXT} characters of keys, sections, titles and text together): each
     * proposal is bounded on its own, but many accepted replacements and additions could otherwise
     * grow the negotiated terms, and the event that carries them, past what the broker takes.
     */
    static void requireWithinSize(TemplateContent standard, List<Proposal> accepted, Proposal accepting) {
        List<Proposal> all = new ArrayList<>(accepted);
        all.add(accepting);
        long size = measure(apply(standard, all));
        if (size > Limits.CONTENT_TEXT) {
            String detail = "Accepting this proposal would make the negotiated terms " + size
                    + " characters long; they may hold at most " + Limits.CONTENT_TEXT
                    + ": shorten this or another change first";
            throw new ProblemException(422, "over-limit", "A field is over its limit", detail,
                    List.of(new Problem.FieldError("text", detail)));
        }
    }

    static long measure(TemplateContent content) {
        long size = 0;
        for (Clause c : content.clauses()) {
            size += length(c.key()) + length(c.section()) + length(c.title()) + length(c.text());
        }
        return size;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    /** What a proposal must be on its own: a clause of the standard to change, or a new Exhibit H key; text unless a deletion. */
    static void validate(TemplateContent content, NewProposal input) {
        boolean exists = content.clause(input.clauseKey()).isPresent();
        switch (input.kind()) {
            case REPLACE, DELETE -> {
                if (!exists) {
                    throw ProblemException.unprocessable("clauseKey", "The standard has no clause " + input.clauseKey());
                }
            }
            case ADD_EXHIBIT_H -> {
                if (!input.clauseKey().startsWith("EXHIBIT_H.")) {
                    throw ProblemException.unprocessable("clauseKey", "Additions go to Exhibit H: use a key like EXHIBIT_H.1");
                }
                if (exists) {
                    throw ProblemException.unprocessable("clauseKey", "Clause " + input.clauseKey() + " already exists");
                }
            }
        }
        if (input.kind() != ProposalKind.DELETE && (input.text() == null || input.text().isBlank())) {
            throw ProblemException.invalid("text", "must give the proposed text");
        }
    }

    /**
     * A clause has at most one open proposal, an Exhibit H key is added once (a second accepted
     * addition under the same key would leave the terms with two clauses of one key), and a clause
     * whose deletion was accepted takes no further proposals (they would silently come to nothing).
     */
    static void requireNoClash(NewProposal input, List<Proposal> sameClause) {
        if (sameClause.stream().anyMatch(p -> p.status == ProposalStatus.PROPOSED)) {
            String detail = "Clause " + input.clauseKey() + " already has an open proposal; decide or counter it first";
            throw new ProblemException(409, "conflict", "Conflict with the current state", detail,
                    List.of(new Problem.FieldError("clauseKey", detail)));
        }
        if (input.kind() == ProposalKind.ADD_EXHIBIT_H
                && sameClause.stream().anyMatch(p -> p.kind == ProposalKind.ADD_EXHIBIT_H)) {
            throw ProblemException.unprocessable("clauseKey", "Clause " + input.clauseKey()
                    + " was already added by an accepted proposal in this negotiation; use another Exhibit H key");
        }
        if (sameClause.stream().anyMatch(p -> p.kind == ProposalKind.DELETE && p.status == ProposalStatus.ACCEPTED)) {
            throw ProblemException.unprocessable("clauseKey", "Clause " + input.clauseKey()
                    + " was deleted by an accepted proposal in this negotiation; there is nothing left to change");
        }
    }
}
