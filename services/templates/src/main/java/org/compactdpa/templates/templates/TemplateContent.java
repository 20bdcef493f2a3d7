package org.compactdpa.templates.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compactdpa.contracts.vocabulary.Law;

/**
 * The structured content of a template version or of frozen terms: clauses in document order,
 * parameters, laws (plus state regulations by name) and whether a general offer (Exhibit E) belongs to it.
 */
public record TemplateContent(List<Clause> clauses, Parameters parameters, List<Law> laws,
        List<String> stateRegulations, boolean generalOfferAllowed) {

    public TemplateContent {
        clauses = List.copyOf(clauses);
        laws = List.copyOf(laws);
        stateRegulations = stateRegulations == null ? List.of() : List.copyOf(stateRegulations);
    }

    public Optional<Clause> clause(String key) {
        return clauses.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Map<String, Clause> byKey() {
        return clauses.stream().collect(Collectors.toMap(Clause::key, Function.identity()));
    }

    /** A copy with the clauses changed as given (in place, removed, or appended). */
    public TemplateContent withClauses(List<Clause> changed) {
        return new TemplateContent(new ArrayList<>(changed), parameters, laws, stateRegulations, generalOfferAllowed);
    }
}
