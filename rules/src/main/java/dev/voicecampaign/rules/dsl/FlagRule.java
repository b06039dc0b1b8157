package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Optional;

/**
 * An optional true/false switch. Any value or none is acceptable; the rule exists so that the
 * field is listed, with its type and meaning, wherever the rule sets are described.
 */
public record FlagRule() implements ValueRule<Boolean> {
    public static FlagRule flag() {
        return new FlagRule();
    }

    @Override
    public boolean check(Boolean value, Path path, ValidationContext context, List<Violation> out) {
        return true;
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        return List.of(new FieldSpec(name, ValueType.BOOLEAN, false, Optional.empty(), Optional.empty(), Optional.empty(), true,
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), description, List.of()));
    }
}
