package org.compactdpa.templates.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The life of a version: every move it allows, and a 409 with the reason for every other. */
@Tag("fast")
class VersionStatusTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private static Set<VersionStatus> allowedFrom(VersionStatus from) {
        return switch (from) {
            case DRAFT -> EnumSet.of(VersionStatus.COMMENT_PERIOD, VersionStatus.PUBLISHED);
            case COMMENT_PERIOD -> EnumSet.of(VersionStatus.PUBLISHED, VersionStatus.DRAFT);
            case PUBLISHED -> EnumSet.of(VersionStatus.SUPERSEDED, VersionStatus.RETIRED);
            case SUPERSEDED -> EnumSet.of(VersionStatus.RETIRED);
            case RETIRED -> EnumSet.noneOf(VersionStatus.class);
        };
    }

    private static TemplateVersion version(int number, VersionStatus status) {
        TemplateVersion v = new TemplateVersion();
        v.id = UUID.randomUUID();
        v.number = number;
        v.status = status;
        v.updatedAt = NOON.minusSeconds(3600);
        return v;
    }

    @ParameterizedTest
    @EnumSource(VersionStatus.class)
    void eachStatusAllowsExactlyItsMoves(VersionStatus from) {
        for (VersionStatus to : VersionStatus.values()) {
            assertThat(from.canBecome(to)).as(from + " → " + to).isEqualTo(allowedFrom(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(VersionStatus.class)
    void everyMoveOutsideTheLifeOfAVersionIsAConflictNamingIt(VersionStatus from) {
        for (VersionStatus to : EnumSet.complementOf(EnumSet.copyOf(allowedFrom(from)))) {
            assertThatThrownBy(() -> from.moveTo(to, "Version 3"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.getMessage()).isEqualTo("Version 3 is " + from + " and cannot become " + to);
                    });
        }
    }

    @Test
    void aRetiredVersionCannotBeRetiredAgainAndStaysAsItWas() {
        TemplateVersion retired = version(2, VersionStatus.RETIRED);
        Instant before = retired.updatedAt;

        assertThatThrownBy(() -> retired.moveTo(VersionStatus.RETIRED, NOON))
                .isInstanceOf(ProblemException.class)
                .hasMessage("Version 2 is RETIRED and cannot become RETIRED");
        assertThat(retired.status).isEqualTo(VersionStatus.RETIRED);
        assertThat(retired.updatedAt).isEqualTo(before);
    }

    @Test
    void publishingADraftFixesItsHashAndTime() {
        TemplateVersion draft = version(1, VersionStatus.DRAFT);

        draft.publish("ab".repeat(32), NOON);

        assertThat(draft.status).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(draft.contentHash).isEqualTo("ab".repeat(32));
        assertThat(draft.publishedAt).isEqualTo(NOON);
        assertThat(draft.updatedAt).isEqualTo(NOON);
    }

    @Test
    void aSupersededVersionIsNeverPublishedAgain() {
        TemplateVersion superseded = version(1, VersionStatus.SUPERSEDED);

        assertThatThrownBy(() -> superseded.publish("cd".repeat(32), NOON))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(superseded.contentHash).isNull();
        assertThat(superseded.publishedAt).isNull();
    }

    @Test
    void onlyDraftsAreEditableAndOnlyPublishedOnesPublic() {
        assertThat(EnumSet.allOf(VersionStatus.class)).filteredOn(VersionStatus::isEditable)
                .containsExactly(VersionStatus.DRAFT);
        assertThat(EnumSet.allOf(VersionStatus.class)).filteredOn(VersionStatus::isPublic)
                .containsExactlyInAnyOrder(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED, VersionStatus.RETIRED);
    }
}
