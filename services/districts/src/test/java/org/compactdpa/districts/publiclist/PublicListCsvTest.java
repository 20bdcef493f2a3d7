package org.compactdpa.districts.publiclist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class PublicListCsvTest {

    @Test
    void plainFieldsStayAsTheyAreAndEmptyOnesAreEmpty() {
        assertThat(PublicListCsv.row(List.of("Phonics Forest", "APPROVED", ""))).isEqualTo("Phonics Forest,APPROVED,\r\n");
        assertThat(PublicListCsv.field(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(PublicListCsv.field("Reading, Writing")).isEqualTo("\"Reading, Writing\"");
        assertThat(PublicListCsv.field("The \"Best\" App")).isEqualTo("\"The \"\"Best\"\" App\"");
        assertThat(PublicListCsv.field("Two\nLines")).isEqualTo("\"Two\nLines\"");
        assertThat(PublicListCsv.field("Carriage\rReturn")).isEqualTo("\"Carriage\rReturn\"");
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertThat(PublicListCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(PublicListCsv.field("+1")).isEqualTo("'+1");
        assertThat(PublicListCsv.field("-1")).isEqualTo("'-1");
        assertThat(PublicListCsv.field("@SUM")).isEqualTo("'@SUM");
    }

    @Test
    void theFileHasAHeaderAndOneRowPerEntry() {
        UUID product = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        ListEntry entry = new ListEntry(product, "Field Trip Tracker", vendor, "Brightpath Learning, Inc.",
                ProductStatus.APPROVED, List.of(DataElement.SCHEDULE, DataElement.STUDENT_NAME), null, agreement,
                Relationship.ADOPTED, LocalDate.of(2026, 9, 1), null);

        List<String> lines = PublicListCsv.of(List.of(entry)).lines().toList();

        assertThat(lines).containsExactly(
                "product,product_id,vendor,vendor_id,status,data_elements,other_data_elements,agreement_id,"
                        + "relationship,effective_on,expires_on",
                "Field Trip Tracker," + product + ",\"Brightpath Learning, Inc.\"," + vendor + ",APPROVED,"
                        + "SCHEDULE;STUDENT_NAME,," + agreement + ",ADOPTED,2026-09-01,");
    }
}
