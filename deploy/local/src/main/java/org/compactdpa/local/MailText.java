package org.compactdpa.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person reads of a mail the catcher ({@link MailServer}) kept: the raw MIME message turned
 * into its text, the first text/plain part of a multipart message (else its first part), with the
 * transfer encoding (base64, quoted-printable) undone in the part's charset. For the tests that follow
 * the links in the platform's mails and in Keycloak's.
 */
public final class MailText {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private MailText() {
    }

    public static String readable(String raw) {
        String headers = headersOf(raw);
        Matcher boundary = BOUNDARY.matcher(headers);
        if (headers.toLowerCase(Locale.ROOT).contains("content-type: multipart/") && boundary.find()) {
            String first = null;
            for (String part : bodyOf(raw).split("(?m)^--" + Pattern.quote(boundary.group(1)))) {
                String trimmed = part.replaceFirst("^\\r?\\n", "");
                if (trimmed.isBlank() || trimmed.startsWith("--")) {
                    continue;
                }
                if (headersOf(trimmed).toLowerCase(Locale.ROOT).contains("text/plain")) {
                    return readable(trimmed);
                }
                first = first == null ? trimmed : first;
            }
            return first == null ? "" : readable(first);
        }
        Matcher charsetName = CHARSET.matcher(headers);
        Charset charset = charsetName.find() ? Charset.forName(charsetName.group(1)) : StandardCharsets.UTF_8;
        // A header may be folded onto the next line.
        String unfolded = headers.toLowerCase(Locale.ROOT).replaceAll("\\r?\\n[ \\t]+", " ");
        if (unfolded.contains("content-transfer-encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(bodyOf(raw)), charset);
        }
        if (unfolded.contains("content-transfer-encoding: quoted-printable")) {
            return quotedPrintable(bodyOf(raw), charset);
        }
        return bodyOf(raw);
    }

    private static String headersOf(String part) {
        int end = part.indexOf("\r\n\r\n");
        return end < 0 ? part : part.substring(0, end);
    }

    private static String bodyOf(String part) {
        int end = part.indexOf("\r\n\r\n");
        return end < 0 ? "" : part.substring(end + 4);
    }

    /** Soft line breaks joined, =XX bytes restored, the rest taken as written, then read in the charset. */
    private static String quotedPrintable(String body, Charset charset) {
        String joined = body.replace("=\r\n", "").replace("=\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(charset);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(charset);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
