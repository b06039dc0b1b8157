package dev.voicecampaign.core.violation;

import java.util.List;
import java.util.Objects;

/**
 * Where in a draft a violation points, in draft terms: field names and list indices, such as
 * {@code dialingStrategy.callingHours.days[2].start}. Adapters render it in their own terms (the
 * JSON adapter as a JSON Pointer with wire names, {@code /dialingStrategy/callingHours/days/2/start}).
 */
public record Path(List<Segment> segments) {
    /** One step of a path. */
    public sealed interface Segment {
        /** A named field. */
        record Field(String name) implements Segment {
            public Field {
                Objects.requireNonNull(name, "name");
            }
        }

        /** A position in a list, from 0. */
        record Index(int index) implements Segment {
            public Index {
                if (index < 0) throw new IllegalArgumentException("negative index " + index);
            }
        }
    }

    private static final Path ROOT = new Path(List.of());

    public Path {
        segments = List.copyOf(segments);
    }

    /** The draft as a whole. */
    public static Path root() {
        return ROOT;
    }

    /** A path of field names, such as {@code Path.of("dialingStrategy", "maxRingTime")}. */
    public static Path of(String... fields) {
        Path path = ROOT;
        for (String field : fields) path = path.field(field);
        return path;
    }

    public Path field(String name) {
        Objects.requireNonNull(name, "name");
        int slot = slot(this, name.hashCode());
        for (int way = 0; way < 2; way++) {
            Child known = CHILDREN[slot ^ way];
            if (known != null && known.parent == this && known.segment instanceof Segment.Field f
                    && (f.name() == name || f.name().equals(name))) {
                return known.child;
            }
        }
        return remember(slot, new Segment.Field(name));
    }

    public Path index(int index) {
        int slot = slot(this, ~index);
        for (int way = 0; way < 2; way++) {
            Child known = CHILDREN[slot ^ way];
            if (known != null && known.parent == this && known.segment instanceof Segment.Index i && i.index() == index) return known.child;
        }
        return remember(slot, new Segment.Index(index));
    }

    /*
     * Paths made recently, by parent (identity) and segment: validating drafts walks the same fields
     * of the same parents every time, so after the first draft it allocates no path. A small lossy
     * table of pairs of slots (a new entry takes the first of its pair and moves the older one to the
     * second), so memory stays bounded whatever names the input brings; entries are immutable, so a
     * racy read sees either a whole entry or none.
     */
    private record Child(Path parent, Segment segment, Path child) {
    }

    private static final int CHILDREN_SIZE = 1 << 12;
    private static final Child[] CHILDREN = new Child[CHILDREN_SIZE];

    private static int slot(Path parent, int key) {
        int h = System.identityHashCode(parent) * 0x9E3779B1 + key * 0x85EBCA77;
        return (h ^ (h >>> 16)) & (CHILDREN_SIZE - 1);
    }

    private Path remember(int slot, Segment segment) {
        Path child = append(segment);
        Child older = CHILDREN[slot];
        if (older != null) CHILDREN[slot ^ 1] = older;
        CHILDREN[slot] = new Child(this, segment, child);
        return child;
    }

    private Path append(Segment segment) {
        Segment[] longer = segments.toArray(new Segment[segments.size() + 1]);
        longer[longer.length - 1] = segment;
        return new Path(List.of(longer));
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** Whether this path is {@code other} or lies inside it. */
    public boolean startsWith(Path other) {
        return segments.size() >= other.segments.size()
                && segments.subList(0, other.segments.size()).equals(other.segments);
    }

    /** The dotted form, {@code dialingStrategy.callingHours.days[2].start}; empty for the root. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            switch (segment) {
                case Segment.Field f -> {
                    if (!out.isEmpty()) out.append('.');
                    out.append(f.name());
                }
                case Segment.Index i -> out.append('[').append(i.index()).append(']');
            }
        }
        return out.toString();
    }
}
