package dev.voicecampaign.core.violation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where in a draft a violation points, in draft terms: field names and list indices, such as
 * {@code dialingStrategy.callingHours.days[2].start}. Adapters render it in their own terms (the
 * JSON adapter as a JSON Pointer with wire names, {@code /dialingStrategy/callingHours/days/2/start}).
 * {@code namespace} names what kind of request the path is in ({@code campaign}, {@code schedule}):
 * violation codes start with it. A path is its parent plus one step (a field name or an index), so a
 * step costs one small object; the segments are made only when asked for.
 */
public final class Path {
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

    private static final Path ROOT = new Path(CAMPAIGN, null, null, -1);

    private final String namespace;
    /** Null at a root. */
    private final Path parent;
    /** The last step's field name; null at a root and for an index. */
    private final String name;
    /** The last step's list index; -1 unless the last step is an index. */
    private final int index;

    private Path(String namespace, Path parent, String name, int index) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The campaign draft as a whole. */
    public static Path root() {
        return ROOT;
    }

    /** A request of another kind as a whole, such as {@code schedule}. */
    public static Path root(String namespace) {
        return new Path(namespace, null, null, -1);
    }

    /** A path of field names, such as {@code Path.of("dialingStrategy", "maxRingTime")}. */
    public static Path of(String... fields) {
        Path path = ROOT;
        for (String field : fields) path = path.field(field);
        return path;
    }

    public Path field(String name) {
        return new Path(namespace, this, Objects.requireNonNull(name, "name"), -1);
    }

    public Path index(int index) {
        if (index < 0) throw new IllegalArgumentException("negative index " + index);
        return new Path(namespace, this, null, index);
    }

    public String namespace() {
        return namespace;
    }

    /** The segments from the root on. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        for (Path p = this; p.parent != null; p = p.parent) {
            segments.add(p.name != null ? new Segment.Field(p.name) : new Segment.Index(p.index));
        }
        Collections.reverse(segments);
        return Collections.unmodifiableList(segments);
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** Whether this path is {@code other} or lies inside it. */
    public boolean startsWith(Path other) {
        List<Segment> mine = segments();
        List<Segment> theirs = other.segments();
        return namespace.equals(other.namespace) && mine.size() >= theirs.size() && mine.subList(0, theirs.size()).equals(theirs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path p && namespace.equals(p.namespace) && segments().equals(p.segments());
    }

    @Override
    public int hashCode() {
        return Objects.hash(namespace, segments());
    }

    /** The dotted form, {@code dialingStrategy.callingHours.days[2].start}; empty for the root. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments()) {
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
