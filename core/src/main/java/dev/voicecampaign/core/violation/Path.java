package dev.voicecampaign.core.violation;

import java.util.List;
import java.util.Objects;

/**
 * Where in a draft a violation points, in draft terms: field names and list indices, such as
 * {@code dialingStrategy.callingHours.days[2].start}. Adapters render it in their own terms (the
 * JSON adapter as a JSON Pointer with wire names, {@code /dialingStrategy/callingHours/days/2/start}).
 * {@code namespace} names what kind of request the path is in ({@code campaign}, {@code schedule}):
 * violation codes start with it.
 */
public record Path(String namespace, List<Segment> segments) {
    /** The namespace of campaign bodies, the default. */
    public static final String CAMPAIGN = "campaign";

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

    private static final Path ROOT = new Path(CAMPAIGN, List.of());

    public Path {
        Objects.requireNonNull(namespace, "namespace");
        segments = List.copyOf(segments);
    }

    /** The campaign draft as a whole. */
    public static Path root() {
        return ROOT;
    }

    /** A request of another kind as a whole, such as {@code schedule}. */
    public static Path root(String namespace) {
        return new Path(namespace, List.of());
    }

    /** A path of field names, such as {@code Path.of("dialingStrategy", "maxRingTime")}. */
    public static Path of(String... fields) {
        Path path = ROOT;
        for (String field : fields) path = path.field(field);
        return path;
    }

    public Path field(String name) {
        return append(new Segment.Field(name));
    }

    public Path index(int index) {
        return append(new Segment.Index(index));
    }

    private Path append(Segment segment) {
        Segment[] longer = segments.toArray(new Segment[segments.size() + 1]);
        longer[longer.length - 1] = segment;
        return new Path(namespace, List.of(longer));
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
