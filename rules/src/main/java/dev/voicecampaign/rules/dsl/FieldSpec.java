package dev.voicecampaign.rules.dsl;

import java.util.List;
import java.util.Optional;

/**
 * What a rule set says about one field, as data: its path ({@code dialingStrategy.callingHours.days[].start}),
 * type, whether and when it is required, its limits, its description and the codes it can raise.
 * The docs module renders these as parameter tables and JSON Schema.
 *
 * @param condition when the field's rules apply at all (empty: always), such as "dialingMode is Preview"
 */
public record FieldSpec(String path, ValueType type, boolean required, Optional<String> condition,
                        Optional<Integer> minLength, Optional<Integer> maxLength, boolean blankAllowed,
                        Optional<Long> min, Optional<Long> max, List<String> allowed, Optional<String> format,
                        Optional<String> pattern, String description, List<String> codes) {
    public FieldSpec {
        allowed = List.copyOf(allowed);
        codes = List.copyOf(codes);
    }

    /** The field under a condition (conditions nest with "and"). */
    public FieldSpec when(String outer) {
        return new FieldSpec(path, type, required, Optional.of(condition.map(c -> outer + " and " + c).orElse(outer)),
                minLength, maxLength, blankAllowed, min, max, allowed, format, pattern, description, codes);
    }

    /** The field placed under a parent path. */
    public FieldSpec under(String parent) {
        return new FieldSpec(parent + "." + path, type, required, condition, minLength, maxLength, blankAllowed, min, max,
                allowed, format, pattern, description, codes);
    }
}
