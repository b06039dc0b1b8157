package dev.voicecampaign.docs.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table built row by row, so the pages never hand-format pipes. Cells
 * are escaped: a {@code |} inside a cell would otherwise split it.
 */
public final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    public MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The table's text, ending with a newline. */
    public String render() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        out.append('|').append("---|".repeat(header.size())).append('\n');
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) out.append(' ').append(cell.replace("|", "\\|")).append(" |");
        out.append('\n');
    }
}
