package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;

/**
 * The rules for one field's value (a text, a number, a list, a nested object). A field stops at
 * its first blocking problem, so a field broken one way yields exactly one violation.
 */
public interface ValueRule<V> {
    /** Adds what is wrong with {@code value} at {@code path} to {@code out}; true when nothing blocking was found. */
    boolean check(V value, Path path, ValidationContext context, List<Violation> out);

    /** The field as data (and, for objects and lists, its children), named {@code name}. */
    List<FieldSpec> specs(String name, String description);
}
