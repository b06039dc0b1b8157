package dev.voicecampaign.rules;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.rules.callback.CallbackRules;
import dev.voicecampaign.rules.decision.ContactListRules;
import dev.voicecampaign.rules.decision.DecisionRules;
import dev.voicecampaign.rules.dsl.CodeSpec;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.FieldSpec;
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
        for (DialingMode mode : DialingMode.values()) add(entries, Path.CAMPAIGN, rules.describe(mode), rules.crossFieldRules(mode));
        add(entries, "schedule", ScheduleRules.fields(), ScheduleRules.crossFieldRules());
        add(entries, "list", ListRules.fields(), ListRules.crossFieldRules());
        add(entries, "decisions", DecisionRules.fields(), DecisionRules.crossFieldRules());
        add(entries, "contactList", ContactListRules.listFields(), List.of());
        add(entries, "contactList.contacts", ContactListRules.contactFields(), List.of());
        add(entries, "dncList", ContactListRules.listFields(), List.of());
        add(entries, "dncList.numbers", ContactListRules.dncNumberFields(), List.of());
        ContactListRules.ownCodes().forEach(e -> entries.putIfAbsent(e.code(), e));
        add(entries, "callback", CallbackRules.fields(), CallbackRules.crossFieldRules());
        CallbackRules.ownCodes().forEach(e -> entries.putIfAbsent(e.code(), e));
        request(entries, RequestCodes.WRONG_TYPE, Severity.ERROR, List.of("expected"), "A value has the wrong JSON type.");
        request(entries, RequestCodes.UNKNOWN_FIELD, Severity.WARNING, List.of(), "A field the body does not have; it is ignored.");
        request(entries, RequestCodes.DUPLICATE_FIELD, Severity.ERROR, List.of(), "The same key appears twice in one object.");
        request(entries, RequestCodes.MALFORMED, Severity.ERROR, List.of("line", "column"), "The body is not valid JSON.");
        request(entries, RequestCodes.EMPTY, Severity.ERROR, List.of(), "The body is empty.");
        request(entries, RequestCodes.NOT_OBJECT, Severity.ERROR, List.of("found"), "The body is JSON but not an object.");
        request(entries, RequestCodes.LIMIT_EXCEEDED, Severity.ERROR, List.of("limit"),
                "The body exceeds a read limit (nesting depth, document, number or string length).");
        return List.copyOf(entries.values());
    }

    /** Each problem of each field, and each cross-field rule, of one kind of request; a code met again keeps its first entry. */
    private static void add(Map<String, Entry> entries, String namespace, List<FieldSpec> fields, List<CrossFieldSpec> crossFields) {
        for (FieldSpec field : fields) {
            for (CodeSpec problem : field.problems()) {
                String code = namespace + "." + field.path().replace("[]", "") + "." + problem.key();
                entries.putIfAbsent(code, new Entry(code, problem.severity(), placeholders(problem.template()),
                        field.path() + " " + problem.template()));
            }
        }
        for (CrossFieldSpec cross : crossFields) {
            entries.putIfAbsent(cross.code(), new Entry(cross.code(), cross.severity(), List.of(), cross.description()));
        }
    }

    private static void request(Map<String, Entry> entries, String code, Severity severity, List<String> args, String meaning) {
        entries.put(code, new Entry(code, severity, args, meaning));
    }

    private static List<String> placeholders(String template) {
        return java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template).results().map(m -> m.group(1)).toList();
    }
}
