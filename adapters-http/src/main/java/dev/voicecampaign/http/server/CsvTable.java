package dev.voicecampaign.http.server;

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
 * header (other columns ignored), empty lines skipped, a short row's missing columns read as empty. A malformed
 * file (an unclosed quote, say) is a {@link BadInput} naming the file and line.
 */
final class CsvTable implements Closeable {
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
    static CsvTable open(InputStream in, String file, List<String> required) throws BadInput {
        MappingIterator<String[]> rows = null;
        try {
            rows = CSV.readerFor(String[].class).readValues(in);
            if (!rows.hasNextValue()) throw new BadInput(file + ": empty, a header row is needed");
            Map<String, Integer> columns = new HashMap<>();
            String[] header = rows.nextValue();
            for (int i = 0; i < header.length; i++) columns.putIfAbsent(header[i].strip(), i);
            for (String name : required) {
                if (!columns.containsKey(name)) throw new BadInput(file + ": no column " + name + " in the header row");
            }
            return new CsvTable(file, rows, columns);
        } catch (JacksonException e) {
            if (rows != null) rows.close();
            throw new BadInput(malformed(file, e));
        } catch (BadInput e) {
            rows.close();
            throw e;
        }
    }

    /** Moves to the next data row; false at the end of the file. */
    boolean next() throws BadInput {
        try {
            if (!rows.hasNextValue()) return false;
            current = rows.nextValue();
            row++;
            return true;
        } catch (JacksonException e) {
            throw new BadInput(malformed(file, e));
        }
    }

    /** The data row's number, counting from 1 (the header is not counted). */
    long row() {
        return row;
    }

    /** The row's value in {@code column}, stripped; empty when the file has no such column or the row is short. */
    String get(String column) {
        Integer i = columns.get(column);
        return i == null || i >= current.length ? "" : current[i].strip();
    }

    @Override
    public void close() {
        rows.close();
    }

    private static String malformed(String file, JacksonException e) {
        String line = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
        return file + line + ": malformed CSV (" + e.getOriginalMessage() + ")";
    }
}
