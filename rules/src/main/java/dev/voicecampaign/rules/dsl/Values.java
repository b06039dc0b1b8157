package dev.voicecampaign.rules.dsl;

/** The parsed values of one rule set's fields, filled in one pass over the value checked. */
public final class Values {
    private final Object[] slots;

    Values(int size) {
        this.slots = new Object[size];
    }

    /** The parsed value of {@code field}; null when it was absent and optional, or its condition did not hold. */
    @SuppressWarnings("unchecked")
    public <P> P get(Field<P> field) {
        return (P) slots[field.slot()];
    }

    /** The value of whichever of two alternative fields applied (one per condition, such as {@code days} per frequency). */
    public <P> P either(Field<? extends P> first, Field<? extends P> second) {
        P value = get(first);
        return value != null ? value : get(second);
    }

    void put(int slot, Object value) {
        slots[slot] = value;
    }
}
