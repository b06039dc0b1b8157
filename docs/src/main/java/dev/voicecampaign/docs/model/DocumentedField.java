package dev.voicecampaign.docs.model;

import dev.voicecampaign.rules.dsl.FieldSpec;
import java.util.List;
import java.util.Optional;

/**
 * A rule set's field as one request shape shows it: wire path ({@code queue_name}), the JSON types
 * the dialect reads, and the condition under which its rules apply, with the dialect already decided.
 */
public record DocumentedField(String wirePath, FieldSpec spec, List<String> jsonTypes, Optional<String> condition) {
    public DocumentedField {
        jsonTypes = List.copyOf(jsonTypes);
    }

    /** The wire path of the object holding this field ({@code ""} at the top). */
    public String parentPath() {
        int dot = wirePath.lastIndexOf('.');
        return dot < 0 ? "" : wirePath.substring(0, dot);
    }

    /** The last segment of the wire path, such as {@code start} or {@code days[]}. */
    public String name() {
        return wirePath.substring(wirePath.lastIndexOf('.') + 1);
    }

    /** True for the element row of a list ({@code contactLists[]}). */
    public boolean isElement() {
        return wirePath.endsWith("[]");
    }
}
