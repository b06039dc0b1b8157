package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A declarative, composable set of rules over {@code T} that yields an {@code R}: field rules (each yields
 * its field's parsed value), cross-field rules, rules that apply under a condition, and other sets
 * included whole. {@link #check} runs every rule once, in declaration order, collecting every violation;
 * when none is an error it builds the {@code R} from the fields' parsed values. {@link #fields()} and
 * {@link #crossFieldRules()} describe the set as data. Immutable.
 *
 * <pre>{@code
 * RuleSet<CallerIdDraft, CallerId> callerId = RuleSet.of(r -> {
 *     var number = r.field("phoneNumber", CallerIdDraft::phoneNumber, text().required().parses(...), "...");
 *     return values -> values.get(number);
 * });
 * }</pre>
 */
public final class RuleSet<T, R> {
    /** One declaration, as data: a field, a cross-field check, rules under a condition, or an included set. */
    public sealed interface Entry<T> permits FieldEntry, CrossEntry, WhenEntry, IncludedEntry {
    }

    /** A field: its name, description, how it is read from {@code T}, its rule, and where its parsed value goes. */
    public record FieldEntry<T, V, P>(String name, String description, Function<T, V> getter, ValueRule<V, P> rule, int slot)
            implements Entry<T> {
        P check(T value, Path at, ValidationContext context, List<Violation> out) {
            return rule.check(getter.apply(value), at.field(name), context, out);
        }
    }

    /** A check over several fields, reporting under each of {@code specs}' codes. */
    public record CrossEntry<T>(List<CrossFieldSpec> specs, CrossFieldCheck<T> check) implements Entry<T> {
    }

    /** Declarations that apply only when {@code test} holds; {@code condition} says when, for docs. */
    public record WhenEntry<T>(String condition, Predicate<T> test, List<Entry<T>> entries) implements Entry<T> {
    }

    /** Another rule set over the same value, run in place; what it builds goes to {@code slot}. */
    public record IncludedEntry<T>(RuleSet<T, ?> rules, int slot) implements Entry<T> {
    }

    /** Checks that look at several fields of {@code T} at once, with the fields' parsed values (null where broken). */
    @FunctionalInterface
    public interface CrossFieldCheck<T> {
        List<Violation> check(T value, Values parsed, Path at, ValidationContext context);
    }

    private final List<Entry<T>> entries;
    private final int size;
    private final Function<Values, R> build;

    private RuleSet(List<Entry<T>> entries, int size, Function<Values, R> build) {
        this.entries = List.copyOf(entries);
        this.size = size;
        this.build = build;
    }

    /** Declares the rules with {@code declare}, which answers how to build the result from the fields' parsed values. */
    public static <T, R> RuleSet<T, R> of(Function<Builder<T>, Function<Values, R>> declare) {
        Builder<T> builder = new Builder<>(new int[1]);
        Function<Values, R> build = declare.apply(builder);
        return new RuleSet<>(builder.entries, builder.slots[0], build);
    }

    /** Rules that only check and build nothing, such as a host's policy or a compliance pack. */
    public static <T> RuleSet<T, Void> checking(Consumer<Builder<T>> declare) {
        return of(r -> {
            declare.accept(r);
            return values -> null;
        });
    }

    /**
     * Checks {@code value} (found at {@code at}), adds every violation to {@code out} in declaration order,
     * and answers what it builds, or null when an error was found.
     */
    public R check(T value, Path at, ValidationContext context, List<Violation> out) {
        int before = out.size();
        Values values = new Values(size);
        run(entries, value, at, context, out, values);
        return Violations.anyError(out, before) ? null : build.apply(values);
    }

    /** As {@link #check}, answered as what it builds or every violation (warnings among them only when refused). */
    public Validation<Seq<Violation>, R> validate(T value, Path at, ValidationContext context) {
        List<Violation> found = new ArrayList<>();
        R built = check(value, at, context, found);
        return built == null ? Validation.invalid(io.vavr.collection.List.ofAll(found)) : Validation.valid(built);
    }

    private static <T> void run(List<Entry<T>> entries, T value, Path at, ValidationContext context, List<Violation> out,
                                Values values) {
        for (int n = 0; n < entries.size(); n++) {
            switch (entries.get(n)) {
                case FieldEntry<T, ?, ?> f -> values.put(f.slot(), f.check(value, at, context, out));
                case CrossEntry<T> c -> {
                    List<Violation> found = c.check().check(value, values, at, context);
                    if (!found.isEmpty()) out.addAll(found);
                }
                case WhenEntry<T> w -> {
                    if (w.test().test(value)) run(w.entries(), value, at, context, out, values);
                }
                case IncludedEntry<T> i -> values.put(i.slot(), i.rules().check(value, at, context, out));
            }
        }
    }

    /** The declarations, in order: what {@link #check} runs. */
    public List<Entry<T>> entries() {
        return entries;
    }

    /** Every field, nested fields with dotted paths and list entries with {@code []}. */
    public List<FieldSpec> fields() {
        return fields(entries);
    }

    private static <T> List<FieldSpec> fields(List<Entry<T>> entries) {
        List<FieldSpec> specs = new ArrayList<>();
        for (Entry<T> entry : entries) {
            switch (entry) {
                case FieldEntry<T, ?, ?> f -> specs.addAll(f.rule().specs(f.name(), f.description()));
                case CrossEntry<T> c -> {
                }
                case WhenEntry<T> w -> fields(w.entries()).forEach(s -> specs.add(s.when(w.condition())));
                case IncludedEntry<T> i -> specs.addAll(i.rules().fields());
            }
        }
        return specs;
    }

    /** Every cross-field rule, including those of nested objects (their specs carry full codes). */
    public List<CrossFieldSpec> crossFieldRules() {
        return crossFieldRules(entries);
    }

    private static <T> List<CrossFieldSpec> crossFieldRules(List<Entry<T>> entries) {
        List<CrossFieldSpec> specs = new ArrayList<>();
        for (Entry<T> entry : entries) {
            switch (entry) {
                case FieldEntry<T, ?, ?> f -> specs.addAll(f.rule().crossFieldRules());
                case CrossEntry<T> c -> specs.addAll(c.specs());
                case WhenEntry<T> w -> crossFieldRules(w.entries()).forEach(s -> specs.add(s.when(w.condition())));
                case IncludedEntry<T> i -> specs.addAll(i.rules().crossFieldRules());
            }
        }
        return specs;
    }

    /** Declares a rule set; reads like the parameter table it encodes. */
    public static final class Builder<T> {
        private final List<Entry<T>> entries = new ArrayList<>();
        /** The next free slot, shared with the builders of conditional parts. */
        private final int[] slots;

        private Builder(int[] slots) {
            this.slots = slots;
        }

        /** A field read from {@code T} by {@code getter} and checked by {@code rule}; the handle finds its parsed value. */
        public <V, P> Field<P> field(String name, Function<T, V> getter, ValueRule<V, P> rule, String description) {
            int slot = slots[0]++;
            entries.add(new FieldEntry<>(name, description, getter, rule, slot));
            return new Field<>(slot);
        }

        /** A check over several fields that reports under {@code code}; {@code description} says what it checks, for docs. */
        public void cross(String code, Severity severity, String description, CrossFieldCheck<T> check) {
            cross(check, new CrossFieldSpec(code, severity, description, Optional.empty()));
        }

        /**
         * One check that reports under each of {@code specs}' codes: for rules that share the work of
         * reading the same fields (each is still described as its own rule).
         */
        public void cross(CrossFieldCheck<T> check, CrossFieldSpec... specs) {
            entries.add(new CrossEntry<>(List.of(specs), check));
        }

        /**
         * Declarations that apply only when {@code test} holds ({@code condition} says when, for docs); answers
         * what {@code declare} answers, typically the handle of the field it declares.
         */
        public <H> H when(String condition, Predicate<T> test, Function<Builder<T>, H> declare) {
            Builder<T> part = new Builder<>(slots);
            H handles = declare.apply(part);
            entries.add(new WhenEntry<>(condition, test, List.copyOf(part.entries)));
            return handles;
        }

        /** Runs {@code rules} here, in place; the handle finds what they build. */
        public <P> Field<P> include(RuleSet<T, P> rules) {
            int slot = slots[0]++;
            entries.add(new IncludedEntry<>(rules, slot));
            return new Field<>(slot);
        }
    }
}
