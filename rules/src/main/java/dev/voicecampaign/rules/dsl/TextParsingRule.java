package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A text rule whose accepted text is read into a value by {@code parser} ({@link TextRule#parses}, {@link TextRule#zone}). */
record TextParsingRule<Q>(TextRule text, Function<String, Optional<Q>> parser, BiFunction<String, Path, Violation> failure,
                          Problem problem, UnaryOperator<FieldSpec> describe) implements ValueRule<String, Q> {
    @Override
    public Q check(String value, Path path, ValidationContext context, List<Violation> out) {
        String accepted = text.check(value, path, context, out);
        if (accepted == null) return null;
        Optional<Q> parsed = parser.apply(accepted);
        if (parsed.isEmpty()) out.add(failure.apply(accepted, path));
        return parsed.orElse(null);
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        FieldSpec spec = text.specs(name, description).get(0);
        return List.of(describe.apply(spec).withCode(problem));
    }
}
