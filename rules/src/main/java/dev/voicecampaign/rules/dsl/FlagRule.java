package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;

/**
 * An optional true/false switch. Any value or none is acceptable; the rule exists so that the
 * field is listed, with its type and meaning, wherever the rule sets are described.
 */
public record FlagRule() implements ValueRule<Boolean, Boolean> {
    public static FlagRule flag() {
        return new FlagRule();
    }

    @Override
    public Boolean check(Boolean value, Path path, ValidationContext context, List<Violation> out) {
        return value;
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        return List.of(FieldSpec.of(name, ValueType.BOOLEAN, description));
    }
}
