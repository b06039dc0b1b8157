package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Optional;

/** One check a {@link TextRule} runs on a present text, in declaration order. Only the DSL defines checks. */
interface TextCheck {
    Optional<Violation> apply(String value, Path path, ValidationContext context);

    /** Runs the check on a present text: adds what it finds to {@code out}; false when that blocks the field. */
    default boolean passes(String value, Path path, ValidationContext context, List<Violation> out) {
        Optional<Violation> found = apply(value, path, context);
        if (found.isEmpty()) return true;
        out.add(found.get());
        return !found.get().isError();
    }

    /** The problems it can raise, for the spec. */
    List<CodeSpec> problems();

    /** Adds its limits to the spec being built. */
    default FieldSpec describe(FieldSpec spec) {
        return spec;
    }
}
