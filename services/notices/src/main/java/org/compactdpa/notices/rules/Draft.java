package org.compactdpa.notices.rules;

/** One notice a rule writes for one audience: what it says and where in the portal it leads. */
public record Draft(NoticeKind kind, Audience audience, String title, String body, String link) {

    public boolean mandatory() {
        return kind.mandatory();
    }
}
