package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rule followed by a check of the value it parsed ({@link ValueRule#then}). */
record CheckedRule<V, P>(ValueRule<V, P> rule, ParsedCheck<P> check) implements ValueRule<V, P> {
    @Override
    public P check(V value, Path path, ValidationContext context, List<Violation> out) {
        int before = out.size();
        P parsed = rule.check(value, path, context, out);
        if (parsed == null || Violations.anyError(out, before)) return null;
        Optional<Violation> found = check.apply(parsed, path, context);
        found.ifPresent(out::add);
        return found.filter(Violation::isError).isPresent() ? null : parsed;
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        List<FieldSpec> specs = new ArrayList<>(rule.specs(name, description));
        specs.set(0, specs.get(0).withCode(check.problem()));
        return specs;
    }

    @Override
    public List<CrossFieldSpec> crossFieldRules() {
        return rule.crossFieldRules();
    }
}
