package dev.voicecampaign.docs.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a generated Markdown table back into cells, for tests that check a page against its source. */
final class MarkdownTables {
    private MarkdownTables() {
    }

    /** The body rows of the table whose header's first cell is {@code firstHeaderCell}, cells trimmed. */
    static List<List<String>> rows(String markdown, String firstHeaderCell) {
        List<String> lines = markdown.lines().toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| " + firstHeaderCell + " |")) {
                if (header >= 0) throw new AssertionError("two tables start with " + firstHeaderCell);
                header = i;
            }
        }
        if (header < 0) throw new AssertionError("no table starting with " + firstHeaderCell);
        List<List<String>> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)).map(String::strip).toList());
        }
        return rows;
    }
}
