package dev.voicecampaign.json;

import dev.voicecampaign.core.draft.Dialect;
import java.util.List;
import java.util.Map;

/**
 * How the JSON adapter spells and types the rule sets' fields on the wire, for the docs and schemas
 * derived from the rule sets: the wire name of each field, the JSON types each dialect reads, and
 * the fields the wire carries that no draft keeps.
 */
public final class WireFormat {
    private WireFormat() {
    }

    /** A dotted draft path ({@code queueName}, {@code dialingStrategy.callingHours.days[].start}) in wire names. */
    public static String wirePath(String draftPath) {
        StringBuilder out = new StringBuilder();
        for (String segment : draftPath.split("\\.")) {
            if (!out.isEmpty()) out.append('.');
            boolean element = segment.endsWith("[]");
            String name = element ? segment.substring(0, segment.length() - 2) : segment;
            out.append(WireFields.wireName(name)).append(element ? "[]" : "");
        }
        return out.toString();
    }

    /**
     * The JSON types the reader takes for a field whose rules work on {@code ruleType} (a JSON type
     * name): {@code enableMachineDetect} is a boolean in v1 and a word (or, leniently, a boolean) in v2.
     */
    public static List<String> jsonTypes(Dialect dialect, String draftPath, String ruleType) {
        if (draftPath.equals("enableMachineDetect")) return dialect == Dialect.V1 ? List.of("boolean") : List.of("string", "boolean");
        return List.of(ruleType);
    }

    /** Fields read and type-checked in the object at {@code wirePath} that the draft does not keep, with their JSON type. */
    public static Map<String, String> unkeptFields(String wirePath) {
        return wirePath.equals("schedule") ? Map.of(WireFields.RECURRENCE_FLAG, "boolean") : Map.of();
    }
}
