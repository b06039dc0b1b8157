package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Optional;

/** One check a {@link TextRule} runs on a present text, in declaration order. */
interface TextCheck {
    Optional<Violation> apply(String value, Path path, ValidationContext context);

    /** The codes (problem keys or full codes) it can raise, for the spec. */
    List<String> problems();

    /** Adds its limits to the spec being built. */
    default FieldSpec describe(FieldSpec spec) {
        return spec;
    }

    /** Whether it consults a directory (runs only when every shape check passed). */
    default boolean lookup() {
        return false;
    }
}
