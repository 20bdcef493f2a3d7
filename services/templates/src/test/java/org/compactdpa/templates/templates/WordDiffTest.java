package org.compactdpa.templates.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The word diff: a minimal, deterministic edit script, also for two clauses of the largest valid size. */
@Tag("fast")
class WordDiffTest {

    private static final int LIMIT = ContentInput.ClauseInput.MAX_TEXT_LENGTH;

    @Test
    void onRandomSmallTextsTheScriptRebuildsBothSidesAndIsAsShortAsTheTextbookOne() {
        // A tiny vocabulary with spaces and punctuation makes many ties between equally short scripts.
        String[] vocabulary = {"the", "vendor", "a", " ", " ", ",", ".", "data", "the"};
        Random random = new Random(20240611L);
        for (int round = 0; round < 3000; round++) {
            String before = randomText(random, vocabulary, random.nextInt(25));
            String after = random.nextBoolean() ? randomText(random, vocabulary, random.nextInt(25))
                    : mutate(random, before, vocabulary);

            List<WordDiff.Run> runs = WordDiff.between(before, after);

            String context = "before=<" + before + "> after=<" + after + "> runs=" + runs;
            assertThat(side(runs, WordDiff.Op.DELETED)).as(context).isEqualTo(before);
            assertThat(side(runs, WordDiff.Op.INSERTED)).as(context).isEqualTo(after);
            assertThat(unchangedTokens(runs)).as(context)
                    .isEqualTo(referenceLcs(WordDiff.tokens(before), WordDiff.tokens(after)));
            for (int k = 1; k < runs.size(); k++) {
                assertThat(runs.get(k - 1).op()).as(context).isNotEqualTo(runs.get(k).op());
                boolean insertedThenDeleted = runs.get(k - 1).op() == WordDiff.Op.INSERTED
                        && runs.get(k).op() == WordDiff.Op.DELETED;
                assertThat(insertedThenDeleted).as("deleted text comes first: " + context).isFalse();
            }
            assertThat(WordDiff.between(before, after)).as("same input, same runs").isEqualTo(runs);
        }
    }

    @Test
    void twoMaximalMostlyDifferentClausesDiffIntoAScriptThatTurnsOneIntoTheOther() {
        Random random = new Random(7L);
        String[] shared = {"the", "vendor", "shall", "data", "district", "student", "within", "days", "of"};
        String before = clauseOfWords(random, shared, new String[] {"alpha", "beta", "gamma", "delta", "epsilon"});
        String after = clauseOfWords(random, shared, new String[] {"one", "two", "three", "four", "five", "six"});
        assertThat(before).hasSize(LIMIT);
        assertThat(after).hasSize(LIMIT);

        List<WordDiff.Run> runs = WordDiff.between(before, after);

        assertThat(side(runs, WordDiff.Op.DELETED)).isEqualTo(before);
        assertThat(side(runs, WordDiff.Op.INSERTED)).isEqualTo(after);
        assertThat(runs).extracting(WordDiff.Run::op).contains(WordDiff.Op.EQUAL, WordDiff.Op.DELETED, WordDiff.Op.INSERTED);
    }

    @Test
    void theMostTokensAValidClauseCanHoldStillDiff() {
        // One punctuation mark per character: the largest token count a valid clause allows.
        Random random = new Random(11L);
        String before = punctuation(random, ",;:");
        String after = punctuation(random, ";.!");

        List<WordDiff.Run> runs = WordDiff.between(before, after);

        assertThat(side(runs, WordDiff.Op.DELETED)).isEqualTo(before);
        assertThat(side(runs, WordDiff.Op.INSERTED)).isEqualTo(after);
    }

    @Test
    void oneChangedWordInAMaximalClauseIsThatWordAlone() {
        String before = ("The vendor notifies the district within seventy-two hours. ").repeat(LIMIT / 60);
        String after = before.substring(0, LIMIT / 2) + before.substring(LIMIT / 2).replaceFirst("seventy-two", "forty-eight");

        assertThat(WordDiff.changes(before, after)).containsExactly(
                new WordDiff.Run(WordDiff.Op.DELETED, "seventy-two"),
                new WordDiff.Run(WordDiff.Op.INSERTED, "forty-eight"));
    }

    @Test
    void repeatedWordsPairWithTheirFirstOccurrenceAndDeletionsPrecedeInsertions() {
        assertThat(WordDiff.between("the the", "the")).containsExactly(
                new WordDiff.Run(WordDiff.Op.EQUAL, "the"),
                new WordDiff.Run(WordDiff.Op.DELETED, " the"));
        assertThat(WordDiff.between("notice window period", "deadline period")).containsExactly(
                new WordDiff.Run(WordDiff.Op.DELETED, "notice window"),
                new WordDiff.Run(WordDiff.Op.INSERTED, "deadline"),
                new WordDiff.Run(WordDiff.Op.EQUAL, " period"));
    }

    @Test
    void textBeyondTheLimitStoredEarlierIsShownAsOneReplacementBetweenTheCommonEnds() {
        Random random = new Random(3L);
        String middleBefore = punctuation(random, ",;").substring(0, LIMIT - 10) + ",,,,,,,,,,,";
        String middleAfter = punctuation(random, ";.") + "..";
        String before = "Start " + middleBefore + " end.";
        String after = "Start " + middleAfter + " end.";

        List<WordDiff.Run> runs = WordDiff.between(before, after);

        assertThat(runs).extracting(WordDiff.Run::op).containsExactly(
                WordDiff.Op.EQUAL, WordDiff.Op.DELETED, WordDiff.Op.INSERTED, WordDiff.Op.EQUAL);
        assertThat(side(runs, WordDiff.Op.DELETED)).isEqualTo(before);
        assertThat(side(runs, WordDiff.Op.INSERTED)).isEqualTo(after);
    }

    /** The text on one side of the script: the unchanged runs and the runs of that side, in order. */
    private static String side(List<WordDiff.Run> runs, WordDiff.Op own) {
        StringBuilder text = new StringBuilder();
        runs.stream().filter(r -> r.op() == WordDiff.Op.EQUAL || r.op() == own).forEach(r -> text.append(r.text()));
        return text.toString();
    }

    private static int unchangedTokens(List<WordDiff.Run> runs) {
        return runs.stream().filter(r -> r.op() == WordDiff.Op.EQUAL).mapToInt(r -> WordDiff.tokens(r.text()).size()).sum();
    }

    /** The textbook full-table LCS length, trusted because it is simple; only for small inputs. */
    private static int referenceLcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                table[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.size()][b.size()];
    }

    private static String randomText(Random random, String[] vocabulary, int words) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < words; k++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.toString();
    }

    /** A few edits of the text, so that the two sides share long stretches as real redlines do. */
    private static String mutate(Random random, String text, String[] vocabulary) {
        StringBuilder result = new StringBuilder(text);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int at = result.isEmpty() ? 0 : random.nextInt(result.length() + 1);
            if (random.nextBoolean() && at < result.length()) {
                result.deleteCharAt(at);
            } else {
                result.insert(at, vocabulary[random.nextInt(vocabulary.length)]);
            }
        }
        return result.toString();
    }

    /** Exactly LIMIT characters of words, a third of them from a vocabulary both sides share. */
    private static String clauseOfWords(Random random, String[] shared, String[] own) {
        StringBuilder text = new StringBuilder();
        while (text.length() < LIMIT) {
            String[] pool = random.nextInt(3) == 0 ? shared : own;
            text.append(pool[random.nextInt(pool.length)]).append(random.nextInt(10) == 0 ? ". " : " ");
        }
        return text.substring(0, LIMIT);
    }

    private static String punctuation(Random random, String marks) {
        StringBuilder text = new StringBuilder(LIMIT);
        for (int k = 0; k < LIMIT; k++) {
            text.append(marks.charAt(random.nextInt(marks.length())));
        }
        return text.toString();
    }
}
