package org.compactdpa.templates.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts (a longest common subsequence over words, spaces and
 * punctuation, see {@link Alignment}), as runs of EQUAL, DELETED and INSERTED text, the way a redline
 * shows them. The runs are a minimal edit script: EQUAL and DELETED runs spell the text before,
 * EQUAL and INSERTED runs the text after, and no other script keeps more tokens unchanged.
 * Within a stretch of changes the deleted text comes before the inserted text, as a redline reads.
 */
public final class WordDiff {

    public enum Op { EQUAL, DELETED, INSERTED }

    public record Run(Op op, String text) {
    }

    /**
     * The most comparisons one diff may make: two clauses of the largest valid text
     * ({@link ContentInput.ClauseInput#MAX_TEXT_LENGTH} characters, so at most as many tokens) fit.
     * Only text stored before that limit existed can exceed it; such a pair is shown as one
     * replacement between the common beginning and end rather than tying up a request thread.
     */
    static final long MAX_COMPARISONS = (long) ContentInput.ClauseInput.MAX_TEXT_LENGTH * ContentInput.ClauseInput.MAX_TEXT_LENGTH;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}'’-]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {
    }

    public static List<Run> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        // Comparing ints in the inner loop, not strings, keeps the largest valid pair quick.
        Map<String, Integer> ids = new HashMap<>();
        int[] x = ids(a, ids);
        int[] y = ids(b, ids);
        boolean[] keptA;
        boolean[] keptB;
        if ((long) x.length * y.length > MAX_COMPARISONS) {
            keptA = new boolean[x.length];
            keptB = new boolean[y.length];
            keepCommonEnds(x, y, keptA, keptB);
        } else {
            Alignment alignment = Alignment.of(x, y);
            keptA = alignment.keptA;
            keptB = alignment.keptB;
        }
        Runs runs = new Runs();
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (i < x.length && !keptA[i]) {
                runs.add(Op.DELETED, a.get(i++));
            } else if (j < y.length && !keptB[j]) {
                runs.add(Op.INSERTED, b.get(j++));
            } else {
                // Both stand on their next kept token, and kept tokens pair up in order.
                runs.add(Op.EQUAL, a.get(i++));
                j++;
            }
        }
        return runs.done();
    }

    /** Only the changed runs, for a compact summary. */
    public static List<Run> changes(String before, String after) {
        return between(before, after).stream().filter(r -> r.op() != Op.EQUAL).toList();
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static int[] ids(List<String> tokens, Map<String, Integer> ids) {
        int[] result = new int[tokens.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = ids.computeIfAbsent(tokens.get(k), t -> ids.size());
        }
        return result;
    }

    private static void keepCommonEnds(int[] x, int[] y, boolean[] keptA, boolean[] keptB) {
        int start = 0;
        while (start < x.length && start < y.length && x[start] == y[start]) {
            keptA[start] = true;
            keptB[start++] = true;
        }
        int i = x.length;
        int j = y.length;
        while (i > start && j > start && x[i - 1] == y[j - 1]) {
            keptA[--i] = true;
            keptB[--j] = true;
        }
    }

    /** Joins neighbouring tokens of one kind in a builder: concatenating run by run is quadratic in a long run. */
    private static final class Runs {
        private final List<Run> runs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Op op;

        void add(Op next, String token) {
            if (next != op) {
                flush();
                op = next;
            }
            text.append(token);
        }

        List<Run> done() {
            flush();
            return runs;
        }

        private void flush() {
            if (op != null && !text.isEmpty()) {
                runs.add(new Run(op, text.toString()));
            }
            text.setLength(0);
        }
    }
}
