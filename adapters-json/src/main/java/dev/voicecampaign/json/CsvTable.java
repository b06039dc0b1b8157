package dev.voicecampaign.json;

import java.io.Closeable;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV file with a header row, read a row at a time with Jackson's CSV reader: columns are found by name in the
 * header (other columns ignored; a byte order mark before the first is dropped), empty lines skipped, a short row's
 * missing columns read as empty. A malformed file (an unclosed quote, say) is {@link Malformed}, naming the file and line.
 */
public final class CsvTable implements Closeable {
    /** The file cannot be read as CSV with the columns asked for; the message names the file and, where known, the line. */
    public static final class Malformed extends java.io.IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        Malformed(String message, long line) {
            super(message);
            this.line = line;
        }

        /** The line the problem was found on, counting from 1; 0 when it is not known. */
        public long line() {
            return line;
        }
    }

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY, CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private final String file;
    private final MappingIterator<String[]> rows;
    private final Map<String, Integer> columns;
    private String[] current;
    private long row;

    private CsvTable(String file, MappingIterator<String[]> rows, Map<String, Integer> columns) {
        this.file = file;
        this.rows = rows;
        this.columns = columns;
    }

    /** Reads the header of {@code in} ({@code file} names it in problems); each of {@code required} must be a column. */
    public static CsvTable open(InputStream in, String file, List<String> required) throws Malformed {
        MappingIterator<String[]> rows = null;
        try {
            rows = CSV.readerFor(String[].class).readValues(in);
            if (!rows.hasNextValue()) throw new Malformed(file + ": empty, a header row is needed", 1);
            Map<String, Integer> columns = new HashMap<>();
            String[] header = rows.nextValue();
            for (int i = 0; i < header.length; i++) columns.putIfAbsent((i == 0 ? withoutByteOrderMark(header[i]) : header[i]).strip(), i);
            for (String name : required) {
                if (!columns.containsKey(name)) throw new Malformed(file + ": no column " + name + " in the header row", 1);
            }
            return new CsvTable(file, rows, columns);
        } catch (JacksonException e) {
            if (rows != null) rows.close();
            throw malformed(file, e);
        } catch (Malformed e) {
            rows.close();
            throw e;
        }
    }

    /** Moves to the next data row; false at the end of the file. */
    public boolean next() throws Malformed {
        try {
            if (!rows.hasNextValue()) return false;
            current = rows.nextValue();
            row++;
            return true;
        } catch (JacksonException e) {
            throw malformed(file, e);
        }
    }

    /** The data row's number, counting from 1 (the header is not counted). */
    public long row() {
        return row;
    }

    /** The row's value in {@code column}, stripped; empty when the file has no such column or the row is short. */
    public String get(String column) {
        Integer i = columns.get(column);
        return i == null || i >= current.length ? "" : current[i].strip();
    }

    @Override
    public void close() {
        rows.close();
    }

    /** Whether the header has {@code column}. */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    private static String withoutByteOrderMark(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1) : name;
    }

    private static Malformed malformed(String file, JacksonException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new Malformed(file + (line == 0 ? "" : " line " + line) + ": malformed CSV (" + e.getOriginalMessage() + ")", line);
    }
}
