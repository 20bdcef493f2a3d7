package org.compactdpa.contracts.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes docs/asyncapi.yaml (AsyncAPI 3.0) from the event records themselves: one channel per
 * topic, one message per {@link EventType}, each payload's schema from the record's components.
 * The document is therefore never out of step with the code; a test compares the committed file
 * with what this produces.
 */
final class AsyncApiDocument {

    /** Which service publishes on each topic. */
    private static final Map<String, String> PRODUCERS = Map.of(
            Topics.DISTRICTS, "districts", Topics.VENDORS, "vendors",
            Topics.TEMPLATES, "templates", Topics.AGREEMENTS, "signatures", Topics.ACCOUNTS, "accounts");

    private AsyncApiDocument() {
    }

    /** Every event record in this package, ordered by topic and type. */
    static List<Class<?>> eventRecords() {
        Path compiled;
        try {
            compiled = Path.of(EventType.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(EventType.class.getPackageName().replace('.', '/'));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(compiled)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> load(EventType.class.getPackageName() + "." + name.substring(0, name.length() - 6)))
                    .filter(type -> type.isAnnotationPresent(EventType.class))
                    .sorted(Comparator.comparing((Class<?> c) -> Events.typeOf(c).topic())
                            .thenComparing(c -> Events.typeOf(c).value()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render() {
        List<Class<?>> events = eventRecords();
        Map<String, List<Class<?>>> byTopic = new TreeMap<>(events.stream()
                .collect(Collectors.groupingBy(c -> Events.typeOf(c).topic())));
        Map<String, Class<?>> schemas = new TreeMap<>();
        events.forEach(e -> collectSchemas(e, schemas));

        StringBuilder y = new StringBuilder();
        y.append("# Generated from the event records in services/contracts by AsyncApiDocumentTest; do not edit.\n");
        y.append("# Regenerate: mvn -pl services/contracts test -Dcompact.asyncapi.write=true\n");
        y.append("asyncapi: 3.0.0\n");
        y.append("info:\n");
        y.append("  title: Compact events\n");
        y.append("  version: 1.0.0\n");
        y.append("  description: >-\n");
        y.append("    The events Compact's services publish through their transactional outboxes: CloudEvents 1.0 in\n");
        y.append("    Kafka binary mode (ce_* headers, JSON payload), keyed by the aggregate id. Payloads grow only by\n");
        y.append("    new fields under the same type; a breaking change is a new type version. Consumers and the\n");
        y.append("    meaning of each event: docs/events.md.\n");
        y.append("defaultContentType: application/json\n");
        y.append("channels:\n");
        byTopic.forEach((topic, onTopic) -> {
            y.append("  ").append(id(topic)).append(":\n");
            y.append("    address: ").append(topic).append('\n');
            y.append("    description: Published by the ").append(PRODUCERS.get(topic))
                    .append(" service; key = the aggregate id, so one aggregate's events stay in order.\n");
            y.append("    messages:\n");
            for (Class<?> event : onTopic) {
                String type = Events.typeOf(event).value();
                y.append("      ").append(id(type)).append(":\n");
                y.append("        $ref: '#/components/messages/").append(type).append("'\n");
            }
        });
        y.append("operations:\n");
        byTopic.forEach((topic, onTopic) -> {
            y.append("  publish-").append(PRODUCERS.get(topic)).append(":\n");
            y.append("    action: send\n");
            y.append("    channel:\n");
            y.append("      $ref: '#/channels/").append(id(topic)).append("'\n");
            y.append("    messages:\n");
            for (Class<?> event : onTopic) {
                y.append("      - $ref: '#/channels/").append(id(topic)).append("/messages/")
                        .append(id(Events.typeOf(event).value())).append("'\n");
            }
        });
        y.append("components:\n");
        y.append("  messages:\n");
        for (Class<?> event : events) {
            String type = Events.typeOf(event).value();
            y.append("    ").append(type).append(":\n");
            y.append("      name: ").append(type).append('\n');
            y.append("      title: ").append(schemaName(event)).append('\n');
            y.append("      contentType: application/json\n");
            y.append("      headers:\n");
            y.append("        $ref: '#/components/schemas/CloudEventHeaders'\n");
            y.append("      payload:\n");
            y.append("        $ref: '#/components/schemas/").append(schemaName(event)).append("'\n");
            y.append("      bindings:\n");
            y.append("        kafka:\n");
            y.append("          key:\n");
            y.append("            type: string\n");
            y.append("            format: uuid\n");
        }
        y.append("  schemas:\n");
        y.append("    CloudEventHeaders:\n");
        y.append("      type: object\n");
        y.append("      required: [ce_specversion, ce_id, ce_type, ce_source, ce_subject, ce_time, content-type]\n");
        y.append("      properties:\n");
        header(y, "ce_specversion", "const: '1.0'");
        header(y, "ce_id", "format: uuid", "description: The outbox row's id; consumers record it to handle each event once.");
        header(y, "ce_type", "description: The message name, e.g. org.compactdpa.district.registered.v1.");
        header(y, "ce_source", "description: The producing service, e.g. /compact/districts.");
        header(y, "ce_subject", "description: The aggregate id, the same as the record key.");
        header(y, "ce_time", "format: date-time");
        header(y, "content-type", "const: application/json");
        schemas.forEach((name, record) -> {
            y.append("    ").append(name).append(":\n");
            y.append("      type: object\n");
            y.append("      properties:\n");
            for (RecordComponent component : record.getRecordComponents()) {
                y.append("        ").append(component.getName()).append(":\n");
                schema(y, component.getGenericType(), "          ");
            }
        });
        return y.toString();
    }

    private static void header(StringBuilder y, String name, String... lines) {
        y.append("        ").append(name).append(":\n");
        y.append("          type: string\n");
        for (String line : lines) {
            y.append("          ").append(line).append('\n');
        }
    }

    private static void schema(StringBuilder y, Type type, String indent) {
        if (type instanceof ParameterizedType list && List.class.equals(list.getRawType())) {
            y.append(indent).append("type: array\n");
            y.append(indent).append("items:\n");
            schema(y, list.getActualTypeArguments()[0], indent + "  ");
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.equals(UUID.class)) {
            y.append(indent).append("type: string\n").append(indent).append("format: uuid\n");
        } else if (c.equals(Instant.class)) {
            y.append(indent).append("type: string\n").append(indent).append("format: date-time\n");
        } else if (c.equals(LocalDate.class)) {
            y.append(indent).append("type: string\n").append(indent).append("format: date\n");
        } else if (c.equals(String.class)) {
            y.append(indent).append("type: string\n");
        } else if (c.equals(int.class) || c.equals(long.class) || c.equals(Integer.class) || c.equals(Long.class)) {
            y.append(indent).append("type: integer\n");
        } else if (c.equals(boolean.class) || c.equals(Boolean.class)) {
            y.append(indent).append("type: boolean\n");
        } else if (c.isEnum()) {
            y.append(indent).append("type: string\n").append(indent).append("enum: [")
                    .append(Arrays.stream(c.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")))
                    .append("]\n");
        } else if (c.isRecord()) {
            y.append(indent).append("$ref: '#/components/schemas/").append(schemaName(c)).append("'\n");
        } else {
            throw new IllegalStateException("No schema for " + c.getName() + ": teach AsyncApiDocument this type");
        }
    }

    /** The record and every record it holds, by schema name. */
    private static void collectSchemas(Class<?> record, Map<String, Class<?>> into) {
        if (into.putIfAbsent(schemaName(record), record) != null) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Type type = component.getGenericType();
            if (type instanceof ParameterizedType list) {
                type = list.getActualTypeArguments()[0];
            }
            if (type instanceof Class<?> c && c.isRecord()) {
                collectSchemas(c, into);
            }
        }
    }

    /** Channel and message ids may not hold dots: compact.districts becomes compact_districts. */
    private static String id(String name) {
        return name.replace("org.compactdpa.", "").replace('.', '_');
    }

    /** ProposalEvents.Made becomes ProposalEventsMade; top-level records keep their name. */
    static String schemaName(Class<?> record) {
        Class<?> outer = record.getEnclosingClass();
        return outer == null ? record.getSimpleName() : outer.getSimpleName() + record.getSimpleName();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AsyncApiDocument.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
