package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Optional;

/**
 * A field that does not belong where it was sent (another mode's field, a field the dialect lacks):
 * a warning when present, never an error, and the value is ignored.
 */
public record IgnoredRule<V>(ValueType type, String problem, String template, String argument, String argumentValue)
        implements ValueRule<V> {
    /** {@code ignoredForMode} with the mode's wire name. */
    public static <V> IgnoredRule<V> ignoredFor(ValueType type, String modeWireName) {
        return new IgnoredRule<>(type, Problem.IGNORED_FOR_MODE.key(), Problem.IGNORED_FOR_MODE.template(), "mode", modeWireName);
    }

    @Override
    public boolean check(V value, Path path, ValidationContext context, List<Violation> out) {
        if (value != null) out.add(Violations.of(path, Violations.code(path, problem), template, Severity.WARNING, argument, argumentValue));
        return true;
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        return List.of(new FieldSpec(name, type, false, Optional.empty(), Optional.empty(), Optional.empty(), true,
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), description, List.of(problem)));
    }
}
