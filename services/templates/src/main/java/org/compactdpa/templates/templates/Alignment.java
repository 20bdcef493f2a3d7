package org.compactdpa.templates.templates;

/**
 * A longest common subsequence of two token sequences, found by Hirschberg's divide and conquer so
 * that memory stays linear: the full n×m table of the textbook algorithm needs gigabytes for two long
 * clauses, while this keeps two rows of the width of the second sequence plus a recursion of log n frames.
 * Time stays O(n·m), which the clause text limit bounds.
 *
 * <p>Where several longest subsequences exist, the choice is fixed so the same texts always give the
 * same redline: the common prefix and suffix are paired first; a lone token is paired with its first
 * occurrence; otherwise the first sequence is halved and the split in the second sequence is the
 * rightmost of the equally good columns.
 */
final class Alignment {

    private final int[] a;
    private final int[] b;
    /** Which tokens of each side belong to the common subsequence; the k-th kept of a pairs with the k-th kept of b. */
    final boolean[] keptA;
    final boolean[] keptB;

    private Alignment(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        this.keptA = new boolean[a.length];
        this.keptB = new boolean[b.length];
    }

    static Alignment of(int[] a, int[] b) {
        Alignment alignment = new Alignment(a, b);
        alignment.align(0, a.length, 0, b.length);
        return alignment;
    }

    private void align(int aFrom, int aTo, int bFrom, int bTo) {
        // Equal ends are paired without search: cheap, and the usual redline changes a few words in the middle.
        while (aFrom < aTo && bFrom < bTo && a[aFrom] == b[bFrom]) {
            keptA[aFrom++] = true;
            keptB[bFrom++] = true;
        }
        while (aFrom < aTo && bFrom < bTo && a[aTo - 1] == b[bTo - 1]) {
            keptA[--aTo] = true;
            keptB[--bTo] = true;
        }
        if (aFrom == aTo || bFrom == bTo) {
            return;
        }
        if (aTo - aFrom == 1) {
            for (int j = bFrom; j < bTo; j++) {
                if (b[j] == a[aFrom]) {
                    keptA[aFrom] = true;
                    keptB[j] = true;
                    return;
                }
            }
            return;
        }
        int middle = (aFrom + aTo) >>> 1;
        int split = split(aFrom, middle, aTo, bFrom, bTo);
        align(aFrom, middle, bFrom, split);
        align(middle, aTo, split, bTo);
    }

    /**
     * The column of b where a longest common subsequence crosses from the upper half of a to the lower:
     * the one maximising (LCS of the upper half with b before it) + (LCS of the lower half with b after it).
     * Its rows live only here, so they are garbage before the recursion goes deeper.
     */
    private int split(int aFrom, int middle, int aTo, int bFrom, int bTo) {
        int width = bTo - bFrom;
        int[] upper = forward(aFrom, middle, bFrom, width);
        int[] lower = backward(middle, aTo, bFrom, width);
        int best = -1;
        int column = bFrom;
        for (int j = 0; j <= width; j++) {
            int length = upper[j] + lower[j];
            if (length >= best) {
                best = length;
                column = bFrom + j;
            }
        }
        return column;
    }

    /** row[j] = LCS(a[aFrom..aTo), b[bFrom..bFrom+j)). */
    private int[] forward(int aFrom, int aTo, int bFrom, int width) {
        int[] previous = new int[width + 1];
        int[] row = new int[width + 1];
        for (int i = aFrom; i < aTo; i++) {
            int token = a[i];
            for (int j = 1; j <= width; j++) {
                row[j] = token == b[bFrom + j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous;
    }

    /** row[j] = LCS(a[aFrom..aTo), b[bFrom+j..bFrom+width)). */
    private int[] backward(int aFrom, int aTo, int bFrom, int width) {
        int[] previous = new int[width + 1];
        int[] row = new int[width + 1];
        for (int i = aTo - 1; i >= aFrom; i--) {
            int token = a[i];
            for (int j = width - 1; j >= 0; j--) {
                row[j] = token == b[bFrom + j] ? previous[j + 1] + 1 : Math.max(previous[j], row[j + 1]);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous;
    }
}
