package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for a list: how many entries, the rules of each entry (a missing entry is {@code required}
 * at its index), and optionally a warning for repeated entries, which are then left out. Yields the
 * entries' parsed values in order (null where an entry is broken). Immutable.
 */
public record ListRule<E, P>(boolean isRequired, Optional<IntRange> count, ValueRule<E, P> element, boolean repeatsWarned)
        implements ValueRule<List<E>, List<P>> {
    public static <E, P> ListRule<E, P> listOf(ValueRule<E, P> element) {
        return new ListRule<>(false, Optional.empty(), element, false);
    }

    public ListRule<E, P> required() {
        return new ListRule<>(true, count, element, repeatsWarned);
    }

    public ListRule<E, P> count(IntRange range) {
        return new ListRule<>(isRequired, Optional.of(range), element, repeatsWarned);
    }

    /** A repeated entry is a warning ({@code duplicate}) and is left out of the parsed list. */
    public ListRule<E, P> warnRepeats() {
        return new ListRule<>(isRequired, count, element, true);
    }

    @Override
    public List<P> check(List<E> value, Path path, ValidationContext context, List<Violation> out) {
        if (value == null) {
            if (isRequired) out.add(Violations.of(path, Problem.REQUIRED));
            return null;
        }
        if (count.isPresent() && value.size() < count.get().min()) {
            out.add(Violations.of(path, Problem.TOO_FEW, "min", count.get().min()));
        } else if (count.isPresent() && value.size() > count.get().max()) {
            out.add(Violations.of(path, Problem.TOO_MANY, "max", count.get().max()));
            return null;
        }
        Set<E> seen = repeatsWarned ? new HashSet<>() : null;
        List<P> parsed = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            E entry = value.get(i);
            Path at = path.index(i);
            if (entry == null) {
                out.add(Violations.of(at, Problem.REQUIRED));
                parsed.add(null);
            } else if (seen != null && !seen.add(entry)) {
                out.add(Violations.of(at, Problem.DUPLICATE, "name", entry));
            } else {
                parsed.add(element.check(entry, at, context, out));
            }
        }
        return Collections.unmodifiableList(parsed);
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        FieldSpec list = FieldSpec.of(name, ValueType.LIST, description);
        if (isRequired) list = list.asRequired();
        if (count.isPresent()) {
            list = list.withRange(count.get().min(), count.get().max());
            if (count.get().min() > 0) list = list.withCode(Problem.TOO_FEW);
            list = list.withCode(Problem.TOO_MANY);
        }
        if (repeatsWarned) list = list.withCode(Problem.DUPLICATE);
        List<FieldSpec> specs = new ArrayList<>();
        specs.add(list);
        specs.addAll(element.specs(name + "[]", description));
        return specs;
    }

    @Override
    public List<CrossFieldSpec> crossFieldRules() {
        return element.crossFieldRules();
    }
}
