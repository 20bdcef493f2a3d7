package org.compactdpa.platform.text;

/**
 * What text from outside may contain, and how it may be echoed. Control characters break storage
 * (PostgreSQL refuses NUL) and forge log lines (CR/LF); bidirectional overrides and invisible
 * characters make a public name read differently from what it is ("Reader\u202Efdp.exe").
 */
public final class SafeText {

    /** The longest piece of a caller's value that an error message or a log line repeats. */
    public static final int ECHO_LIMIT = 200;

    private SafeText() {
    }

    /** The first character text may not contain, or -1: controls other than tab and line breaks, bidi controls, invisibles. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean forbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E')   // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069')   // isolates
                || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u2060' || c == '\uFEFF'
                || c == '\u061C';                      // Arabic letter mark
    }

    /** Describes a forbidden character for an error message, e.g. "U+0000". */
    public static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }

    /**
     * Text safe to put in one log line or an error detail: control characters escaped (so CR/LF
     * cannot start a forged line), and cut at {@code limit} characters.
     */
    public static String forEcho(String text, int limit) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit) + 16);
        for (int i = 0; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || forbidden(c)) {
                out.append("\\u").append(String.format("%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= limit && text.length() > limit) {
            out.setLength(limit);
            out.append("…");
        }
        return out.toString();
    }

    public static String forEcho(String text) {
        return forEcho(text, ECHO_LIMIT);
    }
}
