package dev.voicecampaign.testkit;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * Contact files ({@code id,phone,zone,region,note}) such as a dialer exports, drawn from a seeded random source so
 * a failing file can be made again: mostly E.164 numbers of regions with one and several zones (New York, Toronto,
 * Australian mobiles, London), some national US numbers with their region, some given zones, and the rows a real
 * file has by mistake: a blank phone, text that is no number, a zone no zone rules know, a quoted note with a comma.
 * The {@code note} column is one the callable command ignores. {@link #kindOf} tells which kind a row is.
 */
public final class ContactFileGenerator {
    /** The kinds of row, in the order {@link #kindOf} numbers them. */
    public enum Kind { E164, NATIONAL, GIVEN_ZONE, BLANK_PHONE, NOT_A_NUMBER, UNKNOWN_ZONE }

    /** The header row written first. */
    public static final String HEADER = "id,phone,zone,region,note";
    private static final String[] E164_PREFIXES = {"+1212555", "+1416555", "+614", "+4420794", "+1808555", "+1312555"};

    private final long seed;

    /** Files drawn from {@code seed}: the same seed writes the same file. */
    public ContactFileGenerator(long seed) {
        this.seed = seed;
    }

    /** The seed to replay a file with. */
    public long seed() {
        return seed;
    }

    /** Writes the header and {@code rows} data rows. */
    public void write(Writer out, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        out.write(HEADER);
        out.write('\n');
        for (int row = 1; row <= rows; row++) {
            out.write(row(row, random));
            out.write('\n');
        }
    }

    /** The kind of data row {@code row} (from 1) of a file written by this generator. */
    public Kind kindOf(int row) {
        return Kind.values()[kindIndex(row)];
    }

    private static int kindIndex(int row) {
        int slot = row % 100;
        if (slot == 7) return Kind.BLANK_PHONE.ordinal();
        if (slot == 17) return Kind.NOT_A_NUMBER.ordinal();
        if (slot == 27) return Kind.UNKNOWN_ZONE.ordinal();
        if (slot < 10) return Kind.NATIONAL.ordinal();
        if (slot < 20) return Kind.GIVEN_ZONE.ordinal();
        return Kind.E164.ordinal();
    }

    private static String row(int row, SplittableRandom random) {
        String id = "c" + row;
        String digits = String.format("%04d", random.nextInt(10_000));
        return switch (Kind.values()[kindIndex(row)]) {
            case E164 -> {
                String prefix = E164_PREFIXES[random.nextInt(E164_PREFIXES.length)];
                String tail = prefix.equals("+614") ? String.format("%08d", random.nextInt(100_000_000)) : digits;
                yield id + "," + prefix + tail + ",,,";
            }
            case NATIONAL -> id + ",(212) 555-" + digits + ",,us,\"called before, prefers mornings\"";
            case GIVEN_ZONE -> id + ",+1415555" + digits + ",America/Chicago,,";
            case BLANK_PHONE -> id + ",  ,,,";
            case NOT_A_NUMBER -> id + ",call me maybe,,,";
            case UNKNOWN_ZONE -> id + ",+1212555" + digits + ",Mars/Olympus_Mons,,";
        };
    }
}
