package org.compactdpa.templates.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Clause-level differences between two contents: added, removed and changed clauses, with word-level runs. */
public record ClauseDiff(List<Clause> added, List<Clause> removed, List<Changed> changed, boolean parametersChanged) {

    public record Changed(String key, String titleBefore, String titleAfter, List<WordDiff.Run> changes) {
    }

    public static ClauseDiff between(TemplateContent before, TemplateContent after) {
        Map<String, Clause> old = before.byKey();
        Map<String, Clause> now = after.byKey();
        List<Clause> added = after.clauses().stream().filter(c -> !old.containsKey(c.key())).toList();
        List<Clause> removed = before.clauses().stream().filter(c -> !now.containsKey(c.key())).toList();
        List<Changed> changed = new ArrayList<>();
        for (Clause c : after.clauses()) {
            Clause previous = old.get(c.key());
            if (previous != null && (!previous.text().equals(c.text()) || !Objects.equals(previous.title(), c.title()))) {
                changed.add(new Changed(c.key(), previous.title(), c.title(), WordDiff.changes(previous.text(), c.text())));
            }
        }
        boolean parameters = !before.parameters().equals(after.parameters()) || !before.laws().equals(after.laws())
                || !before.stateRegulations().equals(after.stateRegulations())
                || before.generalOfferAllowed() != after.generalOfferAllowed();
        return new ClauseDiff(added, removed, changed, parameters);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !parametersChanged;
    }
}
