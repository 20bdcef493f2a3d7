package org.compactdpa.templates.templates;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.compactdpa.platform.problem.ProblemException;

/**
 * A template version's life: DRAFT (editable) → COMMENT_PERIOD (members and vendors comment) →
 * PUBLISHED (immutable, hashed) → SUPERSEDED (a newer version was published) or RETIRED. A
 * coordinator may publish a draft without a comment period, and retire a superseded version.
 */
public enum VersionStatus {
    DRAFT,
    COMMENT_PERIOD,
    PUBLISHED,
    SUPERSEDED,
    RETIRED;

    // No endpoint takes a comment period back to DRAFT yet; the life of a version allows it.
    private static final Map<VersionStatus, Set<VersionStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(COMMENT_PERIOD, PUBLISHED),
            COMMENT_PERIOD, EnumSet.of(PUBLISHED, DRAFT),
            PUBLISHED, EnumSet.of(SUPERSEDED, RETIRED),
            SUPERSEDED, EnumSet.of(RETIRED),
            RETIRED, EnumSet.noneOf(VersionStatus.class));

    public boolean canBecome(VersionStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /**
     * The status after moving to {@code next}; a move the life of a version does not allow is a
     * 409 naming the version ({@code which}), where it stands and where it was asked to go.
     */
    public VersionStatus moveTo(VersionStatus next, String which) {
        if (!canBecome(next)) {
            throw ProblemException.conflict(which + " is " + this + " and cannot become " + next);
        }
        return next;
    }

    /** Published and superseded versions are fixed forever; only drafts change. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED || this == RETIRED;
    }
}
