package org.compactdpa.templates.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A template version's life: DRAFT (editable) → COMMENT_PERIOD (members and vendors comment) →
 * PUBLISHED (immutable, hashed) → SUPERSEDED (a newer version was published) or RETIRED. A
 * coordinator may publish a draft without a comment period.
 */
public enum VersionStatus {
    DRAFT,
    COMMENT_PERIOD,
    PUBLISHED,
    SUPERSEDED,
    RETIRED;

    private static final Map<VersionStatus, Set<VersionStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(COMMENT_PERIOD, PUBLISHED),
            COMMENT_PERIOD, EnumSet.of(PUBLISHED, DRAFT),
            PUBLISHED, EnumSet.of(SUPERSEDED, RETIRED),
            SUPERSEDED, EnumSet.of(RETIRED),
            RETIRED, EnumSet.noneOf(VersionStatus.class));

    public boolean canBecome(VersionStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Published and superseded versions are fixed forever; only drafts change. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED || this == RETIRED;
    }
}
