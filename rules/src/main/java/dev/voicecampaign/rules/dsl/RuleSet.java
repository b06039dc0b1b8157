package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A declarative, composable set of rules over {@code T}: field rules, cross-field rules, rules
 * that apply under a condition, and other sets included whole. Running it collects every
 * violation; {@link #fields()} and {@link #crossFieldRules()} describe it as data. Immutable.
 */
public final class RuleSet<T> {
    /** One declaration of a rule set, as data: a field, a cross-field check, or rules under a condition. */
    public sealed interface Entry<T> permits FieldEntry, CrossEntry, WhenEntry {
    }

    /** A field: its name, description, how it is read from {@code T}, and its rule. */
    public record FieldEntry<T, V>(String name, String description, Function<T, V> getter, ValueRule<V> rule)
            implements Entry<T> {
        void check(T value, Path at, ValidationContext context, List<Violation> out) {
            rule.check(getter.apply(value), at.field(name), context, out);
        }
    }

    /** A check over several fields, reporting under each of {@code specs}' codes. */
    public record CrossEntry<T>(List<CrossFieldSpec> specs, CrossFieldCheck<T> check) implements Entry<T> {
    }

    /** Rules that apply only when {@code test} holds; {@code condition} says when, for docs. */
    public record WhenEntry<T>(String condition, Predicate<T> test, RuleSet<T> rules) implements Entry<T> {
    }

    private final List<Entry<T>> entries;

    private RuleSet(List<Entry<T>> entries) {
        this.entries = List.copyOf(entries);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Checks {@code value} (found at {@code at}) and adds every violation to {@code out}, in declaration order. */
    public void check(T value, Path at, ValidationContext context, List<Violation> out) {
        for (Entry<T> entry : entries) {
            switch (entry) {
                case FieldEntry<T, ?> f -> f.check(value, at, context, out);
                case CrossEntry<T> c -> out.addAll(c.check().check(value, at, context));
                case WhenEntry<T> w -> {
                    if (w.test().test(value)) w.rules().check(value, at, context, out);
                }
            }
        }
    }

    /** The declarations, in order: what {@link #check} runs. */
    public List<Entry<T>> entries() {
        return entries;
    }

    /** Every field, nested fields with dotted paths and list entries with {@code []}. */
    public List<FieldSpec> fields() {
        List<FieldSpec> specs = new ArrayList<>();
        for (Entry<T> entry : entries) {
            switch (entry) {
                case FieldEntry<T, ?> f -> specs.addAll(f.rule.specs(f.name, f.description));
                case CrossEntry<T> c -> {
                }
                case WhenEntry<T> w -> w.rules().fields().forEach(s -> specs.add(s.when(w.condition())));
            }
        }
        return specs;
    }

    /** Every cross-field rule, including those of nested objects (their specs carry full codes). */
    public List<CrossFieldSpec> crossFieldRules() {
        List<CrossFieldSpec> specs = new ArrayList<>();
        for (Entry<T> entry : entries) {
            switch (entry) {
                case FieldEntry<T, ?> f -> {
                    if (f.rule instanceof ObjectRule<?> o) specs.addAll(o.rules().crossFieldRules());
                    if (f.rule instanceof ListRule<?> l && l.element() instanceof ObjectRule<?> o) specs.addAll(o.rules().crossFieldRules());
                }
                case CrossEntry<T> c -> specs.addAll(c.specs());
                case WhenEntry<T> w -> w.rules().crossFieldRules().forEach(s -> specs.add(s.when(w.condition())));
            }
        }
        return specs;
    }

    /** Checks that look at several fields of {@code T} at once. */
    @FunctionalInterface
    public interface CrossFieldCheck<T> {
        List<Violation> check(T value, Path at, ValidationContext context);
    }

    /** Declares a rule set; reads like the parameter table it encodes. */
    public static final class Builder<T> {
        private final List<Entry<T>> entries = new ArrayList<>();

        public <V> Builder<T> field(String name, Function<T, V> getter, ValueRule<V> rule, String description) {
            entries.add(new FieldEntry<>(name, description, getter, rule));
            return this;
        }

        public Builder<T> cross(String code, Severity severity, String description, CrossFieldCheck<T> check) {
            return cross(check, new CrossFieldSpec(code, severity, description, Optional.empty()));
        }

        /**
         * One check that reports under each of {@code specs}' codes: for rules that share the work of
         * reading the same fields (each is still described as its own rule).
         */
        public Builder<T> cross(CrossFieldCheck<T> check, CrossFieldSpec... specs) {
            entries.add(new CrossEntry<>(List.of(specs), check));
            return this;
        }

        /** Rules that apply only when {@code test} holds; {@code condition} says when, for docs. */
        public Builder<T> when(String condition, Predicate<T> test, RuleSet<T> rules) {
            entries.add(new WhenEntry<>(condition, test, rules));
            return this;
        }

        public Builder<T> include(RuleSet<T> rules) {
            entries.addAll(rules.entries);
            return this;
        }

        public RuleSet<T> build() {
            return new RuleSet<>(entries);
        }
    }
}
