package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A nested object checked by its own rule set. A missing required object is one violation; its
 * fields are then not checked. Immutable.
 */
public record ObjectRule<O>(boolean isRequired, RuleSet<O> rules) implements ValueRule<O> {
    public static <O> ObjectRule<O> object(RuleSet<O> rules) {
        return new ObjectRule<>(false, rules);
    }

    public ObjectRule<O> required() {
        return new ObjectRule<>(true, rules);
    }

    @Override
    public boolean check(O value, Path path, ValidationContext context, List<Violation> out) {
        if (value == null) return absent(path, out);
        int before = out.size();
        rules.check(value, path, context, out);
        return noErrorSince(out, before);
    }

    /** The object is absent: a violation when it is required; false when that blocks it. */
    public boolean absent(Path path, List<Violation> out) {
        if (isRequired) out.add(Violations.of(path, Problem.REQUIRED, Severity.ERROR));
        return !isRequired;
    }

    /** Whether the violations added to {@code out} from index {@code before} on are all warnings. */
    public static boolean noErrorSince(List<Violation> out, int before) {
        for (int i = before; i < out.size(); i++) {
            if (out.get(i).isError()) return false;
        }
        return true;
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        List<FieldSpec> specs = new ArrayList<>();
        specs.add(new FieldSpec(name, ValueType.OBJECT, isRequired, Optional.empty(), Optional.empty(), Optional.empty(), true,
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), description,
                isRequired ? List.of(Problem.REQUIRED.key()) : List.of()));
        for (FieldSpec child : rules.fields()) specs.add(child.under(name));
        return specs;
    }
}
