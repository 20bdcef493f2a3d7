package org.compactdpa.vendors.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compactdpa.contracts.vocabulary.DataElement.ASSESSMENT;
import static org.compactdpa.contracts.vocabulary.DataElement.STUDENT_NAME;
import static org.compactdpa.contracts.vocabulary.DataElement.TRANSCRIPT;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.compactdpa.contracts.events.Subprocessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The stored form of a declaration reads back as the declaration that was written. */
@Tag("fast")
class DeclarationCodecTest {

    // Configured as Quarkus configures its mapper: a stored diff also carries derived flags such as "empty".
    private final DeclarationCodec codec = new DeclarationCodec(
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));

    @Test
    void elementsAreStoredAsASortedCodeListAndReadBackAsASet() {
        Declaration declaration = new Declaration(Set.of(TRANSCRIPT, STUDENT_NAME), " lexile ",
                List.of(new Subprocessor("CloudHost", "hosting", List.of(STUDENT_NAME), "US")));
        ProductDeclaration row = new ProductDeclaration();

        codec.write(row, declaration, null);

        assertThat(row.dataElements).isEqualTo("STUDENT_NAME,TRANSCRIPT");
        assertThat(row.otherDataElements).isEqualTo("lexile");
        assertThat(row.diff).isNull();
        Declaration read = codec.read(row);
        assertThat(read).isEqualTo(declaration);
        assertThat(read.sameAs(declaration)).isTrue();
        assertThat(codec.readDiff(row)).isNull();
    }

    @Test
    void aDeclarationOfNothingReadsBackEmpty() {
        ProductDeclaration row = new ProductDeclaration();

        codec.write(row, new Declaration(Set.of(), null, List.of()), null);

        assertThat(row.dataElements).isEmpty();
        Declaration read = codec.read(row);
        assertThat(read.dataElements()).isEmpty();
        assertThat(read.otherDataElements()).isNull();
        assertThat(read.subprocessors()).isEmpty();
    }

    @Test
    void theDiffIsKeptBesideTheVersion() {
        Declaration before = new Declaration(Set.of(STUDENT_NAME), null, List.of());
        Declaration after = new Declaration(Set.of(STUDENT_NAME, ASSESSMENT), null,
                List.of(new Subprocessor("MailCo", "e-mail", List.of(), "EU")));
        DeclarationDiff diff = after.diffFrom(before);
        ProductDeclaration row = new ProductDeclaration();

        codec.write(row, after, diff);

        assertThat(codec.readDiff(row)).isEqualTo(diff);
        assertThat(codec.readDiff(row).addedSubprocessors()).containsExactly("MailCo");
    }
}
