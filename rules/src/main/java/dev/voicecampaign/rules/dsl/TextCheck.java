package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Optional;

/**
 * One check a {@link TextRule} runs on a present text, in declaration order. Only the DSL defines
 * checks; they are public so that compiled rule sets ({@link RuleSetCompiler}) can call each one from
 * its own call site. An abstract class rather than an interface: the interpreter calls a dozen kinds
 * of check from one site, and a virtual call there is cheaper than an interface call.
 */
public abstract class TextCheck {
    TextCheck() {
    }

    abstract Optional<Violation> apply(String value, Path path, ValidationContext context);

    /** Runs the check on a present text: adds what it finds to {@code out}; false when that blocks the field. */
    public final boolean passes(String value, Path path, ValidationContext context, List<Violation> out) {
        Optional<Violation> found = apply(value, path, context);
        if (found.isEmpty()) return true;
        out.add(found.get());
        return !found.get().isError();
    }

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
