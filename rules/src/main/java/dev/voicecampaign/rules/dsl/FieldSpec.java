package dev.voicecampaign.rules.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rule set says about one field, as data: its path ({@code dialingStrategy.callingHours.days[].start}),
 * type, whether and when it is required, its limits, its description and the codes it can raise.
 * The docs module renders these as parameter tables and JSON Schema. Rules build it with the small
 * {@code with...} steps below.
 *
 * @param condition when the field's rules apply at all (empty: always), such as "dialingMode is Preview"
 */
public record FieldSpec(String path, ValueType type, boolean required, Optional<String> condition,
                        Optional<Integer> minLength, Optional<Integer> maxLength, boolean blankAllowed,
                        Optional<Long> min, Optional<Long> max, List<String> allowed, Optional<String> format,
                        Optional<String> pattern, String description, List<CodeSpec> problems) {
    public FieldSpec {
        allowed = List.copyOf(allowed);
        problems = List.copyOf(problems);
    }

    /** The last parts of the codes the field can raise, such as {@code tooLong}. */
    public List<String> codes() {
        return problems.stream().map(CodeSpec::key).toList();
    }

    /** A field with nothing said about it yet but its type: optional, no limits, no codes. */
    public static FieldSpec of(String path, ValueType type, String description) {
        return new FieldSpec(path, type, false, Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), description, List.of());
    }

    /** Required, with the {@code required} code. */
    public FieldSpec asRequired() {
        return new FieldSpec(path, type, true, condition, minLength, maxLength, blankAllowed, min, max, allowed, format, pattern,
                description, problems).withCode(Problem.REQUIRED);
    }

    public FieldSpec withLength(int minLength, int maxLength, boolean blankAllowed) {
        return new FieldSpec(path, type, required, condition, Optional.of(minLength), Optional.of(maxLength), blankAllowed, min, max,
                allowed, format, pattern, description, problems);
    }

    public FieldSpec withRange(long min, long max) {
        return new FieldSpec(path, type, required, condition, minLength, maxLength, blankAllowed, Optional.of(min), Optional.of(max),
                allowed, format, pattern, description, problems);
    }

    public FieldSpec withAllowed(List<String> values) {
        return new FieldSpec(path, type, required, condition, minLength, maxLength, blankAllowed, min, max, values, format, pattern,
                description, problems);
    }

    /** The shape's name ({@code E.164}) and, where one can say it, its pattern. */
    public FieldSpec withFormat(String name, Optional<String> shape) {
        return new FieldSpec(path, type, required, condition, minLength, maxLength, blankAllowed, min, max, allowed, Optional.of(name),
                shape.or(() -> pattern), description, problems);
    }

    /** One more problem the field can raise. */
    public FieldSpec withCode(Problem problem) {
        return withCode(problem.spec());
    }

    /** One more problem the field can raise. */
    public FieldSpec withCode(CodeSpec code) {
        List<CodeSpec> more = new ArrayList<>(problems);
        more.add(code);
        return new FieldSpec(path, type, required, condition, minLength, maxLength, blankAllowed, min, max, allowed, format, pattern,
                description, more);
    }

    /** The field under a condition (conditions nest with "and"). */
    public FieldSpec when(String outer) {
        return new FieldSpec(path, type, required, Optional.of(condition.map(c -> outer + " and " + c).orElse(outer)),
                minLength, maxLength, blankAllowed, min, max, allowed, format, pattern, description, problems);
    }

    /** The field placed under a parent path. */
    public FieldSpec under(String parent) {
        return new FieldSpec(parent + "." + path, type, required, condition, minLength, maxLength, blankAllowed, min, max,
                allowed, format, pattern, description, problems);
    }
}
