package org.compactdpa.platform.ratelimit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * One path pattern of a rule: {@code *} stands for one path segment, a trailing {@code /**} for the
 * path itself and everything below it, anything else for itself. It is matched against the request
 * path in its {@link #canonical} form, so that no other spelling of a limited path gets past the rule.
 */
record PathPattern(String source, Pattern regex) {

    static PathPattern of(String glob) {
        String trimmed = glob.strip();
        boolean subtree = trimmed.endsWith("/**");
        String base = subtree ? trimmed.substring(0, trimmed.length() - 3) : trimmed;
        StringBuilder regex = new StringBuilder();
        for (String segment : base.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            regex.append('/');
            String[] literals = segment.split("\\*", -1);
            for (int i = 0; i < literals.length; i++) {
                if (i > 0) {
                    regex.append("[^/]*");
                }
                if (!literals[i].isEmpty()) {
                    regex.append(Pattern.quote(literals[i]));
                }
            }
        }
        if (subtree) {
            regex.append("(?:/.*)?");
        }
        return new PathPattern(trimmed, Pattern.compile(regex.isEmpty() ? "/" : regex.toString()));
    }

    boolean matches(String canonicalPath) {
        return regex.matcher(canonicalPath).matches();
    }

    /**
     * The path as a router could read it, at its most decoded: percent-escapes decoded (%2F too),
     * matrix parameters ({@code ;x=1}) dropped, {@code .} and {@code ..} resolved, empty segments
     * (doubled or trailing slashes) removed. {@code /api/%76erify/} and {@code //api/x/../verify;a=b}
     * are both {@code /api/verify}.
     */
    static String canonical(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decode(rawPath).split("/")) {
            int matrix = segment.indexOf(';');
            String name = matrix >= 0 ? segment.substring(0, matrix) : segment;
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments);
    }

    /** Percent-decoding that keeps a malformed escape as it is, instead of failing on it. */
    private static String decode(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        byte[] raw = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
