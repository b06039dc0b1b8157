package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for a list: how many entries, the rules of each entry (a missing entry is {@code required}
 * at its index), and optionally a warning for repeated entries. Immutable.
 */
public record ListRule<E>(boolean isRequired, Optional<IntRange> count, ValueRule<E> element, boolean repeatsWarned)
        implements ValueRule<List<E>> {
    public static <E> ListRule<E> listOf(ValueRule<E> element) {
        return new ListRule<>(false, Optional.empty(), element, false);
    }

    public ListRule<E> required() {
        return new ListRule<>(true, count, element, repeatsWarned);
    }

    public ListRule<E> count(IntRange range) {
        return new ListRule<>(isRequired, Optional.of(range), element, repeatsWarned);
    }

    /** A repeated entry is a warning ({@code duplicate}); the repeat is ignored when the campaign is built. */
    public ListRule<E> warnRepeats() {
        return new ListRule<>(isRequired, count, element, true);
    }

    @Override
    public boolean check(List<E> value, Path path, ValidationContext context, List<Violation> out) {
        if (value == null) {
            if (isRequired) out.add(Violations.of(path, Problem.REQUIRED, Severity.ERROR));
            return !isRequired;
        }
        boolean ok = true;
        if (count.isPresent() && value.size() < count.get().min()) {
            out.add(Violations.of(path, Problem.TOO_FEW, Severity.ERROR, "min", count.get().min()));
            ok = false;
        } else if (count.isPresent() && value.size() > count.get().max()) {
            out.add(Violations.of(path, Problem.TOO_MANY, Severity.ERROR, "max", count.get().max()));
            return false;
        }
        Set<E> seen = repeatsWarned && value.size() > 1 ? new HashSet<>() : null;
        for (int i = 0; i < value.size(); i++) {
            E entry = value.get(i);
            Path at = path.index(i);
            if (entry == null) {
                out.add(Violations.of(at, Problem.REQUIRED, Severity.ERROR));
                ok = false;
            } else if (seen != null && !seen.add(entry)) {
                out.add(Violations.of(at, Problem.DUPLICATE, Severity.WARNING, "name", entry));
            } else {
                ok &= element.check(entry, at, context, out);
            }
        }
        return ok;
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        List<String> codes = new ArrayList<>();
        if (isRequired) codes.add(Problem.REQUIRED.key());
        count.ifPresent(c -> {
            if (c.min() > 0) codes.add(Problem.TOO_FEW.key());
            codes.add(Problem.TOO_MANY.key());
        });
        if (repeatsWarned) codes.add(Problem.DUPLICATE.key());
        List<FieldSpec> specs = new ArrayList<>();
        specs.add(new FieldSpec(name, ValueType.LIST, isRequired, Optional.empty(), Optional.empty(), Optional.empty(), true,
                count.map(IntRange::min), count.map(IntRange::max), List.of(), Optional.empty(), Optional.empty(), description, codes));
        List<FieldSpec> entries = element.specs(name + "[]", description);
        for (FieldSpec e : entries) specs.add(e);
        return specs;
    }
}
