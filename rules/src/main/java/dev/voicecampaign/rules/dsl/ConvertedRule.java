package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.function.Function;

/** A rule whose accepted value is converted to a typed one ({@link ValueRule#as}); a value with an error is not. */
record ConvertedRule<V, P, Q>(ValueRule<V, P> rule, Function<? super P, ? extends Q> convert) implements ValueRule<V, Q> {
    @Override
    public Q check(V value, Path path, ValidationContext context, List<Violation> out) {
        int before = out.size();
        P parsed = rule.check(value, path, context, out);
        return parsed == null || Violations.anyError(out, before) ? null : convert.apply(parsed);
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        return rule.specs(name, description);
    }

    @Override
    public List<CrossFieldSpec> crossFieldRules() {
        return rule.crossFieldRules();
    }
}
