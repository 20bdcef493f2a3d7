package org.compactdpa.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml describes exactly the event records that exist. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "..", "docs", "asyncapi.yaml");

    @Test
    void theCommittedDocumentMatchesTheEventRecords() throws IOException {
        String generated = AsyncApiDocument.render();
        if (Boolean.getBoolean("compact.asyncapi.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOCUMENT), "docs/asyncapi.yaml is missing: run "
                + "mvn -pl services/contracts test -Dcompact.asyncapi.write=true");
        assertEquals(generated, Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "docs/asyncapi.yaml is out of step with the event records: regenerate it with "
                        + "mvn -pl services/contracts test -Dcompact.asyncapi.write=true");
    }

    @Test
    void everyEventRecordHasItsMessageAndTheEventsCatalogNamesIt() throws IOException {
        List<Class<?>> events = AsyncApiDocument.eventRecords();
        String document = AsyncApiDocument.render();
        String catalog = Files.readString(Path.of("..", "..", "docs", "events.md"), StandardCharsets.UTF_8);
        assertTrue(events.size() >= 20, "found only " + events.size() + " event records");
        for (Class<?> event : events) {
            String type = Events.typeOf(event).value();
            assertTrue(document.contains("    " + type + ":\n      name: " + type + "\n"), type + " has no message");
            String shortType = type.substring(type.lastIndexOf('.', type.lastIndexOf(".v") - 1) + 1);
            assertTrue(catalog.contains(type) || catalog.contains("..." + shortType),
                    type + " is not in docs/events.md");
        }
    }
}
