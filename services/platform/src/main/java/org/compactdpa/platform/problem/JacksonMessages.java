package org.compactdpa.platform.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactdpa.platform.text.SafeText;

/**
 * Jackson explains a bad body in terms of Java: "Cannot deserialize value of type `java.util.UUID`
 * from String "...": ..." and "[Source: ...]". A caller needs the gist, not our class names, and not
 * a megabyte of their own value back.
 */
final class JacksonMessages {

    private static final Pattern QUOTED_TYPE = Pattern.compile("`([\\w$.]+)(?:<[^`]*>)?`");
    private static final Pattern SIMPLE_TYPE = Pattern.compile("\\[simple type, class [\\w$.]+\\]");

    private JacksonMessages() {
    }

    static String readable(String message) {
        int cut = message.indexOf(" at [Source");
        String text = cut > 0 ? message.substring(0, cut) : message;
        text = text.replace("\n", " ");
        Matcher types = QUOTED_TYPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (types.find()) {
            types.appendReplacement(out, Matcher.quoteReplacement(describe(types.group(1))));
        }
        types.appendTail(out);
        text = SIMPLE_TYPE.matcher(out.toString()).replaceAll("");
        text = cutQuotedValues(text);
        return SafeText.forEcho(text.strip(), 500);
    }

    /** Every double-quoted run longer than the echo limit is cut there (one pass, no backtracking). */
    static String cutQuotedValues(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4096));
        boolean quoted = false;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                run = 0;
                out.append(c);
            } else if (!quoted || run < SafeText.ECHO_LIMIT) {
                out.append(c);
                run++;
            } else if (run++ == SafeText.ECHO_LIMIT) {
                out.append('…');
            }
        }
        return out.toString();
    }

    /** A JDK value type by its plain name (UUID, LocalDate, Integer); one of ours as what it is, an object. */
    static String describe(String className) {
        int dot = className.lastIndexOf('.');
        String simple = className.substring(dot + 1).replace('$', '.');
        if (className.startsWith("java.") || className.startsWith("javax.")) {
            return switch (simple) {
                case "String" -> "text";
                case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
                case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
                case "Boolean", "boolean" -> "true or false";
                case "List", "Set", "Collection", "ArrayList" -> "a list";
                case "Map", "LinkedHashMap", "HashMap" -> "an object";
                default -> simple;
            };
        }
        if (!className.contains(".")) {
            return simple;
        }
        return "an object";
    }
}
