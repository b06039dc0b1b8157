package dev.voicecampaign.core.draft;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list that may hold nulls: a draft's lists keep what the client sent, null entries
 * included, which {@link List#copyOf} refuses. Drafts copy any other list into one once and keep a
 * {@code DraftList} as it is, so a draft rebuilt by its withers, or filled by a {@link Builder}, is not
 * copied again.
 */
public final class DraftList<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] elements;
    private final int size;

    private DraftList(Object[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    /** {@code list} as an immutable list (itself when it is one already); null stays null. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> copyOf(List<? extends T> list) {
        if (list == null) return null;
        if (list instanceof DraftList<? extends T> kept) return (List<T>) kept;
        Object[] copy = list.toArray();
        return new DraftList<>(copy, copy.length);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) elements[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Collects entries in order, then hands them to the one list it builds. */
    public static final class Builder<T> {
        private Object[] elements = new Object[4];
        private int size;

        /** Adds an entry (null allowed). */
        public Builder<T> add(T element) {
            if (elements == null) throw new IllegalStateException("this builder already built its list");
            if (size == elements.length) elements = Arrays.copyOf(elements, size * 2);
            elements[size++] = element;
            return this;
        }

        /** The list of the entries added; the builder cannot be used afterwards. */
        public List<T> build() {
            if (elements == null) throw new IllegalStateException("this builder already built its list");
            List<T> list = new DraftList<>(elements, size);
            elements = null;
            return list;
        }
    }
}
