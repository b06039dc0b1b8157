package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A field that does not belong where it was sent (another mode's field, a field the dialect lacks):
 * a warning when present, never an error, and the value is ignored:
 * {@code ignored(ValueType.OBJECT).warning("notInDialect", "is not part of the {dialect} API and is ignored").naming("dialect", "v1")}.
 */
public record IgnoredRule<V>(ValueType type, String problem, String template, Map<String, Object> arguments)
        implements ValueRule<V, Void> {
    /** A field of {@code type} ignored with the {@code ignored} warning, until {@link #warning} says which. */
    public static <V> IgnoredRule<V> ignored(ValueType type) {
        return new IgnoredRule<>(type, "ignored", "is ignored", Map.of());
    }

    /** {@code ignoredForMode}, naming the mode by its wire name. */
    public static <V> IgnoredRule<V> ignoredFor(ValueType type, String modeWireName) {
        return IgnoredRule.<V>ignored(type).warning(Problem.IGNORED_FOR_MODE.key(), Problem.IGNORED_FOR_MODE.template())
                .naming("mode", modeWireName);
    }

    /** The warning's problem (its code's last part) and message template. */
    public IgnoredRule<V> warning(String problem, String template) {
        return new IgnoredRule<>(type, problem, template, arguments);
    }

    /** An argument the template names, such as {@code dialect} = {@code v1}. */
    public IgnoredRule<V> naming(String argument, Object value) {
        return new IgnoredRule<>(type, problem, template, Map.of(argument, value));
    }

    @Override
    public Void check(V value, Path path, ValidationContext context, List<Violation> out) {
        if (value != null) out.add(Violations.of(path, Violations.code(path, problem), template, Severity.WARNING, argumentList()));
        return null;
    }

    private Object[] argumentList() {
        return arguments.entrySet().stream().flatMap(a -> Stream.of(a.getKey(), a.getValue())).toArray();
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        return List.of(FieldSpec.of(name, type, description).withCode(new CodeSpec(problem, Severity.WARNING, template)));
    }
}
