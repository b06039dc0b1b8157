package dev.voicecampaign.core.constraint;

/**
 * An inclusive range of whole numbers: the single written form of a numeric limit.
 * Value types hold their range as a constant; rule sets, docs and schemas read it from there.
 */
public record IntRange(long min, long max) {
    public IntRange {
        if (min > max) throw new IllegalArgumentException("min " + min + " > max " + max);
    }

    public static IntRange of(long min, long max) {
        return new IntRange(min, max);
    }

    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    /** Throws when {@code value} is outside; used by compact constructors of value types. */
    public int require(long value, String what) {
        if (!contains(value)) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", was " + value);
        }
        return (int) value;
    }
}
