package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A nested object checked by its own rule set, yielding what that set builds. A missing required
 * object is one violation; its fields are then not checked. Immutable.
 */
public record ObjectRule<O, R>(boolean isRequired, RuleSet<O, R> rules) implements ValueRule<O, R> {
    public static <O, R> ObjectRule<O, R> object(RuleSet<O, R> rules) {
        return new ObjectRule<>(false, rules);
    }

    public ObjectRule<O, R> required() {
        return new ObjectRule<>(true, rules);
    }

    @Override
    public R check(O value, Path path, ValidationContext context, List<Violation> out) {
        if (value == null) {
            if (isRequired) out.add(Violations.of(path, Problem.REQUIRED));
            return null;
        }
        return rules.check(value, path, context, out);
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        FieldSpec object = FieldSpec.of(name, ValueType.OBJECT, description);
        List<FieldSpec> specs = new ArrayList<>();
        specs.add(isRequired ? object.asRequired() : object);
        for (FieldSpec child : rules.fields()) specs.add(child.under(name));
        return specs;
    }

    @Override
    public List<CrossFieldSpec> crossFieldRules() {
        return rules.crossFieldRules();
    }
}
