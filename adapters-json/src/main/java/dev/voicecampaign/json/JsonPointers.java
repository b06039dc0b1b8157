package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.RequestCodes;

/**
 * Renders a draft path as an RFC 6901 JSON Pointer into the request body, with wire names:
 * {@code queueName} becomes {@code /queue_name}, {@code dialingStrategy.callingHours.days[2].start}
 * becomes {@code /dialingStrategy/callingHours/days/2/start}.
 */
public final class JsonPointers {
    private JsonPointers() {
    }

    /** The pointer of a violation; unknown fields are reported under the name actually sent. */
    public static String of(Violation violation) {
        return of(violation.path(), !violation.code().equals(RequestCodes.UNKNOWN_FIELD));
    }

    public static String of(Path path) {
        return of(path, true);
    }

    private static String of(Path path, boolean draftNames) {
        StringBuilder out = new StringBuilder();
        for (Path.Segment s : path.segments()) {
            out.append('/');
            switch (s) {
                case Path.Segment.Index i -> out.append(i.index());
                case Path.Segment.Field f -> out.append(escape(draftNames ? WireFields.wireName(f.name()) : f.name()));
            }
        }
        return out.toString();
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
