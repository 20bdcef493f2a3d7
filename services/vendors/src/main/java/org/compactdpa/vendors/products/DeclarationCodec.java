package org.compactdpa.vendors.products;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compactdpa.contracts.events.Subprocessor;
import org.compactdpa.contracts.vocabulary.DataElement;

/** Reads and writes the stored form of declarations (elements as a code list, subprocessors and diffs as JSON). */
@ApplicationScoped
class DeclarationCodec {

    private static final TypeReference<List<Subprocessor>> SUBPROCESSORS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    DeclarationCodec(ObjectMapper json) {
        this.json = json;
    }

    Declaration read(ProductDeclaration row) {
        Set<DataElement> elements = row.dataElements.isBlank() ? EnumSet.noneOf(DataElement.class)
                : Arrays.stream(row.dataElements.split(",")).map(DataElement::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataElement.class)));
        try {
            return new Declaration(elements, row.otherDataElements, json.readValue(row.subprocessors, SUBPROCESSORS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored subprocessors of " + row.key + " are unreadable", e);
        }
    }

    DeclarationDiff readDiff(ProductDeclaration row) {
        try {
            return row.diff == null ? null : json.readValue(row.diff, DeclarationDiff.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored diff of " + row.key + " is unreadable", e);
        }
    }

    void write(ProductDeclaration row, Declaration declaration, DeclarationDiff diff) {
        row.dataElements = declaration.sortedElements().stream().map(Enum::name).collect(Collectors.joining(","));
        row.otherDataElements = declaration.otherDataElements();
        try {
            row.subprocessors = json.writeValueAsString(declaration.subprocessors());
            row.diff = diff == null ? null : json.writeValueAsString(diff);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
