package org.compactdpa.vendors.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compactdpa.contracts.vocabulary.DataElement.ASSESSMENT;
import static org.compactdpa.contracts.vocabulary.DataElement.ATTENDANCE;
import static org.compactdpa.contracts.vocabulary.DataElement.SPECIAL_INDICATOR;
import static org.compactdpa.contracts.vocabulary.DataElement.STUDENT_NAME;

import java.util.List;
import java.util.Set;
import org.compactdpa.contracts.events.Subprocessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class DeclarationDiffTest {

    private static Subprocessor hosting(String location) {
        return new Subprocessor("CloudHost", "hosting", List.of(STUDENT_NAME, ASSESSMENT), location);
    }

    @Test
    void addedAndRemovedElementsAndSubprocessorsAreNamed() {
        Declaration before = new Declaration(Set.of(STUDENT_NAME, ATTENDANCE), null,
                List.of(hosting("US"), new Subprocessor("MailCo", "e-mail", List.of(STUDENT_NAME), "US")));
        Declaration after = new Declaration(Set.of(STUDENT_NAME, SPECIAL_INDICATOR), null,
                List.of(hosting("US"), new Subprocessor("Analytics Inc", "usage analytics", List.of(), "EU")));

        DeclarationDiff diff = after.diffFrom(before);

        assertThat(diff.addedDataElements()).containsExactly(SPECIAL_INDICATOR);
        assertThat(diff.removedDataElements()).containsExactly(ATTENDANCE);
        assertThat(diff.addedSubprocessors()).containsExactly("Analytics Inc");
        assertThat(diff.removedSubprocessors()).containsExactly("MailCo");
        assertThat(diff.changedSubprocessors()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void aSubprocessorWithTheSameNameButANewLocationIsChangedNotAddedAndRemoved() {
        Declaration before = new Declaration(Set.of(STUDENT_NAME), null, List.of(hosting("US")));
        Declaration after = new Declaration(Set.of(STUDENT_NAME), null,
                List.of(new Subprocessor("cloudhost", "hosting", List.of(ASSESSMENT, STUDENT_NAME), "EU")));

        DeclarationDiff diff = after.diffFrom(before);

        assertThat(diff.changedSubprocessors()).containsExactly("cloudhost");
        assertThat(diff.addedSubprocessors()).isEmpty();
        assertThat(diff.removedSubprocessors()).isEmpty();
        assertThat(diff.addedDataElements()).isEmpty();
    }

    @Test
    void theSameDeclarationInAnotherOrderIsNoChange() {
        Declaration before = new Declaration(Set.of(ATTENDANCE, STUDENT_NAME), " quiz scores ",
                List.of(hosting("US"), new Subprocessor("MailCo", "e-mail", List.of(STUDENT_NAME), "US")));
        Declaration after = new Declaration(Set.of(STUDENT_NAME, ATTENDANCE), "quiz scores",
                List.of(new Subprocessor("MailCo", "e-mail", List.of(STUDENT_NAME), "US"), hosting("US")));

        assertThat(after.diffFrom(before).isEmpty()).isTrue();
        assertThat(after.sameAs(before)).isTrue();
    }

    @Test
    void changedOtherTextIsAChange() {
        Declaration before = new Declaration(Set.of(), "reading level", List.of());
        Declaration after = new Declaration(Set.of(), "reading level and lexile", List.of());

        DeclarationDiff diff = after.diffFrom(before);

        assertThat(diff.otherDataElementsChanged()).isTrue();
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.subprocessorsChanged()).isFalse();
    }

    @Test
    void aSubprocessorSharingOtherDataIsChanged() {
        Declaration before = new Declaration(Set.of(STUDENT_NAME), null, List.of(hosting("US")));
        Declaration after = new Declaration(Set.of(STUDENT_NAME), null,
                List.of(new Subprocessor("CloudHost", "hosting", List.of(STUDENT_NAME), "US")));

        DeclarationDiff diff = after.diffFrom(before);

        assertThat(diff.changedSubprocessors()).containsExactly("CloudHost");
        assertThat(diff.subprocessorsChanged()).isTrue();
        assertThat(diff.addedDataElements()).isEmpty();
        assertThat(diff.removedDataElements()).isEmpty();
    }

    @Test
    void droppingEverythingNamesEverythingRemoved() {
        Declaration before = new Declaration(Set.of(ATTENDANCE, STUDENT_NAME), "quiz scores",
                List.of(hosting("US"), new Subprocessor("MailCo", "e-mail", List.of(STUDENT_NAME), "US")));
        Declaration after = new Declaration(Set.of(), null, List.of());

        DeclarationDiff diff = after.diffFrom(before);

        assertThat(diff.removedDataElements()).containsExactly(ATTENDANCE, STUDENT_NAME);
        assertThat(diff.addedDataElements()).isEmpty();
        assertThat(diff.removedSubprocessors()).containsExactly("CloudHost", "MailCo");
        assertThat(diff.otherDataElementsChanged()).isTrue();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void aDeclarationComparedWithItselfIsNoChange() {
        Declaration declaration = new Declaration(Set.of(ASSESSMENT), "lexile", List.of(hosting("EU")));

        DeclarationDiff diff = declaration.diffFrom(declaration);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.subprocessorsChanged()).isFalse();
        assertThat(diff.otherDataElementsChanged()).isFalse();
    }
}
