package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.function.Function;

/**
 * The rules for one field's value (a text, a number, a list, a nested object), which turn the value
 * as sent ({@code V}) into its parsed form ({@code P}). A field stops at its first blocking problem, so a
 * field broken one way yields exactly one error.
 */
public interface ValueRule<V, P> {
    /**
     * Adds what is wrong with {@code value} at {@code path} to {@code out} and answers its parsed form: null
     * when the value is absent (and may be) or when an error blocks it. A list answers its entries in order
     * (null where an entry is broken; a repeat it warns about left out), so that cross-field rules can read
     * what is well formed.
     */
    P check(V value, Path path, ValidationContext context, List<Violation> out);

    /** The field as data (and, for objects and lists, its children), named {@code name}. */
    List<FieldSpec> specs(String name, String description);

    /** The cross-field rules of nested objects, for docs; none for plain values. */
    default List<CrossFieldSpec> crossFieldRules() {
        return List.of();
    }

    /** This rule, then {@code convert} on a value it accepted without error: how a field yields its typed value. */
    default <Q> ValueRule<V, Q> as(Function<? super P, ? extends Q> convert) {
        return new ConvertedRule<>(this, convert);
    }

    /** This rule, then {@code check} on the parsed value (such as a directory look-up), if nothing blocked it before. */
    default ValueRule<V, P> then(ParsedCheck<P> check) {
        return new CheckedRule<>(this, check);
    }
}
