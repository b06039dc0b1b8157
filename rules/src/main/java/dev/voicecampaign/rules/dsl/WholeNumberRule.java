package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Optional;

/** Rules for a whole-number field: {@code whole().required().range(MaxAttempts.RANGE)}. Immutable. */
public record WholeNumberRule(boolean isRequired, Optional<IntRange> limits) implements ValueRule<Long, Long> {
    public static WholeNumberRule whole() {
        return new WholeNumberRule(false, Optional.empty());
    }

    public WholeNumberRule required() {
        return new WholeNumberRule(true, limits);
    }

    public WholeNumberRule range(IntRange range) {
        return new WholeNumberRule(isRequired, Optional.of(range));
    }

    @Override
    public Long check(Long value, Path path, ValidationContext context, List<Violation> out) {
        if (value == null) {
            if (isRequired) out.add(Violations.of(path, Problem.REQUIRED));
            return null;
        }
        if (limits.isPresent() && !limits.get().contains(value)) {
            out.add(Violations.of(path, Problem.OUT_OF_RANGE, "min", limits.get().min(), "max", limits.get().max()));
            return null;
        }
        return value;
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        FieldSpec spec = FieldSpec.of(name, ValueType.INTEGER, description);
        if (isRequired) spec = spec.asRequired();
        if (limits.isPresent()) spec = spec.withRange(limits.get().min(), limits.get().max()).withCode(Problem.OUT_OF_RANGE);
        return List.of(spec);
    }
}
