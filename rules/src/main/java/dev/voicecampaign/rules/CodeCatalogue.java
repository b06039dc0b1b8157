package dev.voicecampaign.rules;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.FieldSpec;
import dev.voicecampaign.rules.dsl.Problem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every violation code the standard rules and the JSON boundary can raise, derived from the rule
 * sets themselves (so it cannot miss one), with severity, argument names and meaning. Docs render it.
 */
public final class CodeCatalogue {
    /** One code: what it means and which arguments its message uses. */
    public record Entry(String code, Severity severity, List<String> arguments, String meaning) {
    }

    private CodeCatalogue() {
    }

    public static List<Entry> standard() {
        Map<String, Entry> entries = new TreeMap<>();
        CampaignRules rules = CampaignRules.standard();
        for (DialingMode mode : DialingMode.values()) {
            for (FieldSpec field : rules.describe(mode)) {
                for (String problem : field.codes()) {
                    String code = Path.CAMPAIGN + "." + field.path().replace("[]", "") + "." + problem;
                    entries.putIfAbsent(code, entryFor(code, problem, field));
                }
            }
            for (CrossFieldSpec cross : rules.crossFieldRules(mode)) {
                entries.putIfAbsent(cross.code(), new Entry(cross.code(), cross.severity(), List.of(), cross.description()));
            }
        }
        for (FieldSpec field : ScheduleRules.fields()) {
            for (String problem : field.codes()) {
                String code = "schedule." + field.path().replace("[]", "") + "." + problem;
                entries.putIfAbsent(code, entryFor(code, problem, field));
            }
        }
        for (CrossFieldSpec cross : ScheduleRules.crossFieldRules()) {
            entries.putIfAbsent(cross.code(), new Entry(cross.code(), cross.severity(), List.of(), cross.description()));
        }
        request(entries, RequestCodes.WRONG_TYPE, Severity.ERROR, List.of("expected"), "A value has the wrong JSON type.");
        request(entries, RequestCodes.UNKNOWN_FIELD, Severity.WARNING, List.of(), "A field the dialect does not have; it is ignored.");
        request(entries, RequestCodes.DUPLICATE_FIELD, Severity.ERROR, List.of(), "The same key appears twice in one object.");
        request(entries, RequestCodes.MALFORMED, Severity.ERROR, List.of("line", "column"), "The body is not valid JSON.");
        request(entries, RequestCodes.EMPTY, Severity.ERROR, List.of(), "The body is empty.");
        request(entries, RequestCodes.NOT_OBJECT, Severity.ERROR, List.of("found"), "The body is JSON but not an object.");
        request(entries, RequestCodes.LIMIT_EXCEEDED, Severity.ERROR, List.of("limit"),
                "The body exceeds a read limit (nesting depth, document, number or string length).");
        return List.copyOf(entries.values());
    }

    private static void request(Map<String, Entry> entries, String code, Severity severity, List<String> args, String meaning) {
        entries.put(code, new Entry(code, severity, args, meaning));
    }

    private static Entry entryFor(String code, String problem, FieldSpec field) {
        for (Problem p : Problem.values()) {
            if (p.key().equals(problem)) {
                Severity severity = p == Problem.DUPLICATE || p == Problem.IGNORED_FOR_MODE ? Severity.WARNING : Severity.ERROR;
                return new Entry(code, severity, placeholders(p.template()), field.path() + " " + p.template());
            }
        }
        return switch (problem) {
            case "notVoice" -> new Entry(code, Severity.ERROR, List.of("value"), "campaignType sms: this API creates voice campaigns only.");
            case "notInDialect" -> new Entry(code, Severity.WARNING, List.of("dialect"), field.path() + " is not part of the v1 API; ignored.");
            case "ignored" -> new Entry(code, Severity.WARNING, List.of("frequency"), field.path() + " is ignored under DAILY.");
            default -> throw new IllegalStateException("no catalogue entry for " + code);
        };
    }

    private static List<String> placeholders(String template) {
        return java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template).results().map(m -> m.group(1)).toList();
    }
}
