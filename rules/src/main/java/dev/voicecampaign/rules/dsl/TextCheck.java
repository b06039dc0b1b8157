package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Optional;

/**
 * One check a {@link TextRule} runs on a present text, in declaration order. An abstract class rather
 * than an interface: the rule calls a dozen kinds of check from one site, and a virtual call there is
 * cheaper than an interface call.
 */
abstract class TextCheck {
    abstract Optional<Violation> apply(String value, Path path, ValidationContext context);

    /** The codes (problem keys or full codes) it can raise, for the spec. */
    abstract List<String> problems();

    /** Adds its limits to the spec being built. */
    FieldSpec describe(FieldSpec spec) {
        return spec;
    }

    /** Whether it consults a directory (runs only when every shape check passed). */
    boolean lookup() {
        return false;
    }
}
