package org.compactdpa.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search: lower case, accents removed, spaces collapsed, so "École Numérique" is
 * found by "ecole num". Stored beside the original and indexed; queries are folded the same way.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern matching the folded term anywhere, with LIKE's wildcards escaped. */
    public static String containsPattern(String term) {
        return "%" + escape(fold(term)) + "%";
    }

    /** A LIKE pattern matching values that start with the folded term. */
    public static String prefixPattern(String term) {
        return escape(fold(term)) + "%";
    }

    private static String escape(String folded) {
        return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
