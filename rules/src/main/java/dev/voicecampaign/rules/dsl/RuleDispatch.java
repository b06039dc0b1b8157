package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;

/**
 * Runs a value rule with a direct call when it is one of the DSL's own (final) kinds. Rule sets run
 * some fifty rules of six kinds from one call site; an interface call there is megamorphic, while
 * a type test per kind followed by a direct call lets the JIT inline each rule. Other
 * implementations go through the interface.
 */
final class RuleDispatch {
    private RuleDispatch() {
    }

    @SuppressWarnings("unchecked")
    static <V> boolean check(ValueRule<V> rule, V value, Path path, ValidationContext context, List<Violation> out) {
        if (rule instanceof TextRule text) return text.check((String) value, path, context, out);
        if (rule instanceof WholeNumberRule whole) return whole.check((Long) value, path, context, out);
        if (rule instanceof ObjectRule<?> object) return ((ObjectRule<V>) object).check(value, path, context, out);
        if (rule instanceof ListRule<?> list) return ((ListRule<Object>) list).check((List<Object>) value, path, context, out);
        if (rule instanceof IgnoredRule<?> ignored) return ((IgnoredRule<V>) ignored).check(value, path, context, out);
        if (rule instanceof FlagRule flag) return flag.check((Boolean) value, path, context, out);
        return rule.check(value, path, context, out);
    }
}
