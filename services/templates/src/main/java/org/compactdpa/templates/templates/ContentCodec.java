package org.compactdpa.templates.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compactdpa.contracts.vocabulary.UsState;
import org.compactdpa.platform.problem.ProblemException;

/** Turns request content into validated content, and content to and from its stored JSON. */
@ApplicationScoped
public class ContentCodec {

    private final ObjectMapper json;

    public ContentCodec(ObjectMapper json) {
        this.json = json;
    }

    /** Keys unique, a real US state, text trimmed, laws once each: what every stored content is. */
    public TemplateContent fromInput(ContentInput input) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < input.clauses().size(); i++) {
            if (!keys.add(input.clauses().get(i).key())) {
                throw ProblemException.invalid("clauses[" + i + "].key",
                        "'" + input.clauses().get(i).key() + "' is used by an earlier clause; keys must be unique");
            }
        }
        ContentInput.ParametersInput p = input.parameters();
        String state = UsState.fromCode(p.governingState()).map(Enum::name)
                .orElseThrow(() -> ProblemException.invalid("parameters.governingState",
                        "'" + p.governingState() + "' is not a US state code"));
        List<Clause> clauses = input.clauses().stream()
                .map(c -> new Clause(c.key(), c.section().trim(), c.title().trim(), c.text().strip())).toList();
        return new TemplateContent(clauses, new Parameters(p.breachNoticeHours(), p.dispositionDays(), p.termYears(),
                p.auditNoticeBusinessDays(), state), input.laws().stream().distinct().toList(),
                input.stateRegulations(), input.generalOfferAllowed());
    }

    public String write(TemplateContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public TemplateContent read(String stored) {
        try {
            return json.readValue(stored, TemplateContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored content is unreadable", e);
        }
    }
}
