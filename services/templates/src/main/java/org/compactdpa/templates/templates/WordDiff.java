package org.compactdpa.templates.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts (longest common subsequence over words and
 * punctuation), as runs of EQUAL, DELETED and INSERTED text, the way a redline shows them.
 */
public final class WordDiff {

    public enum Op { EQUAL, DELETED, INSERTED }

    public record Run(Op op, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}'’-]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {
    }

    public static List<Run> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                append(runs, Op.EQUAL, a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Deleted text before inserted text, as a redline reads.
                append(runs, Op.DELETED, a.get(i++));
            } else {
                append(runs, Op.INSERTED, b.get(j++));
            }
        }
        return runs;
    }

    /** Only the changed runs, for a compact summary. */
    public static List<Run> changes(String before, String after) {
        return between(before, after).stream().filter(r -> r.op() != Op.EQUAL).toList();
    }

    private static void append(List<Run> runs, Op op, String token) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).op() == op) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(op, last.text() + token));
        } else {
            runs.add(new Run(op, token));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
