package dev.voicecampaign.core.constraint;

import java.util.function.IntFunction;

/**
 * One instance per whole number of a small range, made once, for an immutable value type bounded by that
 * range: a store keeps many campaigns holding the same few priorities, attempts and periods. A number
 * outside the range is handed to the constructor, which refuses it as usual.
 */
public final class SharedValues<T> {
    private final IntRange range;
    private final IntFunction<T> make;
    private final Object[] values;

    public SharedValues(IntRange range, IntFunction<T> make) {
        if (range.max() - range.min() >= 4096) throw new IllegalArgumentException("range too wide to share: " + range);
        this.range = range;
        this.make = make;
        this.values = new Object[(int) (range.max() - range.min() + 1)];
        for (int i = 0; i < values.length; i++) values[i] = make.apply((int) range.min() + i);
    }

    /** The shared instance for {@code value}, or what the constructor makes of a number outside the range. */
    @SuppressWarnings("unchecked")
    public T of(int value) {
        return range.contains(value) ? (T) values[(int) (value - range.min())] : make.apply(value);
    }
}
