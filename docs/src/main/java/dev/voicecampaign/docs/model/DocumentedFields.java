package dev.voicecampaign.docs.model;

import dev.voicecampaign.json.WireFormat;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.dsl.FieldSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields of one request shape, read from the standard rule sets and the JSON adapter's wire format. */
public final class DocumentedFields {
    private static final Pattern DIALECT = Pattern.compile("dialect is (v[12])");

    private DocumentedFields() {
    }

    public static List<DocumentedField> of(ModeDialect shape) {
        List<DocumentedField> out = new ArrayList<>();
        for (FieldSpec spec : CampaignRules.standard().describe(shape.mode())) {
            Optional<Optional<String>> condition = forDialect(spec.condition(), shape.dialectName());
            if (condition.isEmpty()) continue;
            out.add(new DocumentedField(WireFormat.wirePath(spec.path()), spec,
                    WireFormat.jsonTypes(shape.dialect(), spec.path(), spec.type().jsonType()), condition.get()));
        }
        return out;
    }

    /**
     * The condition left once the dialect is known, or empty when the field does not apply to the
     * dialect at all. Conditions nest as {@code "a and b"}.
     */
    static Optional<Optional<String>> forDialect(Optional<String> condition, String dialect) {
        if (condition.isEmpty()) return Optional.of(Optional.empty());
        List<String> rest = new ArrayList<>();
        for (String part : condition.get().split(" and ")) {
            Matcher m = DIALECT.matcher(part);
            if (m.matches()) {
                if (!m.group(1).equals(dialect)) return Optional.empty();
            } else {
                rest.add(part);
            }
        }
        return Optional.of(rest.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", rest)));
    }

    /** A condition of the form {@code field is [not] value}, as the rule sets write them. */
    public record Condition(String field, boolean negated, String value) {
        private static final Pattern FORM = Pattern.compile("(\\w+) is (not )?(\\S+)");

        public static Condition parse(String text) {
            Matcher m = FORM.matcher(text);
            if (!m.matches()) throw new IllegalArgumentException("condition not of the form 'field is [not] value': " + text);
            return new Condition(m.group(1), m.group(2) != null, m.group(3));
        }

        public static List<Condition> all(String text) {
            return Arrays.stream(text.split(" and ")).map(Condition::parse).toList();
        }
    }
}
