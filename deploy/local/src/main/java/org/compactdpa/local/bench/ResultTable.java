package org.compactdpa.local.bench;

import java.util.ArrayList;
import java.util.List;

/** The bench's one table, in Markdown so it can go into docs/performance.md as it is. */
final class ResultTable {

    private record Row(String area, String figure, String value, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private double ceiling = Double.NaN;
    private double adoptionsAt32 = Double.NaN;

    void row(String area, String figure, String value, String note) {
        rows.add(new Row(area, figure, value, note));
    }

    void note(String text) {
        notes.add(text);
    }

    void ceiling(double commitsPerSecond) {
        ceiling = commitsPerSecond;
    }

    void adoptionsAt32(double perSecond) {
        adoptionsAt32 = perSecond;
    }

    String render() {
        StringBuilder out = new StringBuilder("\n| area | figure | value | note |\n| --- | --- | --- | --- |\n");
        for (Row r : rows) {
            out.append("| ").append(r.area()).append(" | ").append(r.figure()).append(" | ").append(r.value())
                    .append(" | ").append(r.note()).append(" |\n");
        }
        if (!Double.isNaN(ceiling) && !Double.isNaN(adoptionsAt32)) {
            out.append(String.format("| Ratio | adoptions per second at C=32 / database ceiling | %.1f%% | |%n",
                    100 * adoptionsAt32 / ceiling));
        }
        out.append('\n');
        notes.forEach(n -> out.append(n).append('\n'));
        return out.toString();
    }
}
