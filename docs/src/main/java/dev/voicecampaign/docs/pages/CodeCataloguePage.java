package dev.voicecampaign.docs.pages;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.callback.CallbackDraft;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.DecisionsRequestDraft;
import dev.voicecampaign.core.draft.ListRequestDraft;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.PageCursor;
import dev.voicecampaign.core.port.PagePosition;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.docs.GeneratedFile;
import dev.voicecampaign.docs.model.BrokenBodies;
import dev.voicecampaign.docs.model.ModeDialect;
import dev.voicecampaign.json.DraftReader;
import dev.voicecampaign.docs.examples.DocumentedRequest;
import dev.voicecampaign.docs.examples.ExampleScenario;
import dev.voicecampaign.docs.examples.ExampleWorld;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.json.CallbackReader;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.ContactListReader;
import dev.voicecampaign.json.DecisionsRequestReader;
import dev.voicecampaign.json.ListRequestReader;
import dev.voicecampaign.json.ReadResult;
import dev.voicecampaign.json.ScheduleReader;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.ValidDrafts;
import dev.voicecampaign.rules.CodeCatalogue;
import dev.voicecampaign.rules.ListRules;
import dev.voicecampaign.rules.callback.CallbackRules;
import dev.voicecampaign.rules.decision.ContactListRules;
import dev.voicecampaign.rules.decision.DecisionRules;
import dev.voicecampaign.rules.ScheduleRules;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue of violation codes: code, severity, meaning, arguments, and a message produced by
 * actually running a broken draft or body through the reader and the rules (so the example cannot
 * drift from what clients receive).
 */
public final class CodeCataloguePage {
    public static final String PATH = "codes.md";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Bodies that trip the JSON boundary's own codes. */
    static final List<String> HOSTILE_BODIES = List.of("", "[1]", "{\"name\": ", "{\"name\": 48}", "{\"name\": \"a\", \"name\": \"b\"}",
            "{\"color\": \"red\"}", "[".repeat(80) + "]".repeat(80));

    /** Schedule-route bodies that trip each schedule code, read at {@link #SCHEDULED_AT}. */
    static final List<String> SCHEDULE_BODIES = scheduleBodies();
    static final LocalDateTime SCHEDULED_AT = LocalDateTime.of(2026, 1, 15, 10, 0);

    private static List<String> scheduleBodies() {
        String dates = "\"startDateTime\": \"2026-02-01 09:00:00\", \"endDateTime\": \"2026-03-01 18:00:00\"";
        List<String> recurrences = List.of("{}", "{\"recurType\": \"Monthly\"}", "{\"recurType\": \"Daily\"}",
                "{\"recurType\": \"Daily\", \"dailyDetails\": {}}", "{\"recurType\": \"Daily\", \"dailyDetails\": {\"onceEveryNdays\": 400}}",
                "{\"recurType\": \"Weekly\"}", "{\"recurType\": \"Weekly\", \"weeklyDetails\": {}}",
                "{\"recurType\": \"Weekly\", \"weeklyDetails\": {\"onceEveryNweeks\": 60, \"whichDays\": []}}",
                "{\"recurType\": \"Weekly\", \"weeklyDetails\": {\"onceEveryNweeks\": 1, \"whichDays\": [\"Funday\"]}}",
                "{\"recurType\": \"Weekly\", \"weeklyDetails\": {\"onceEveryNweeks\": 1, \"whichDays\": "
                        + "[\"Mon\", \"Tue\", \"Wed\", \"Thu\", \"Fri\", \"Sat\", \"Sun\", \"Mon\"]}}");
        List<String> bodies = new ArrayList<>(List.of("{}",
                "{\"startDateTime\": \"2026-02-30 10:00:00\", \"endDateTime\": \"2026-03-01 24:00:00\"}",
                "{\"startDateTime\": \"2026-02-02 10:00:00\", \"endDateTime\": \"2026-02-01 10:00:00\"}",
                "{\"startDateTime\": \"2025-02-01 10:00:00\", \"endDateTime\": \"2025-02-02 10:00:00\"}",
                // 2026-02-02 is a Monday: weekly on Fridays between it and the Tuesday after holds no run
                "{\"startDateTime\": \"2026-02-02 10:00:00\", \"endDateTime\": \"2026-02-03 10:00:00\", \"recurrenceObject\": "
                        + "{\"recurType\": \"Weekly\", \"weeklyDetails\": {\"onceEveryNweeks\": 1, \"whichDays\": [\"Fri\"]}}}"));
        recurrences.forEach(r -> bodies.add("{" + dates + ", \"recurrenceObject\": " + r + "}"));
        return List.copyOf(bodies);
    }

    /** A cursor of the default order (newest first), for the examples that send it with skip or another order. */
    private static final String NEWEST_FIRST_CURSOR = PageCursor.encode(new PagePosition(CampaignQuery.SortField.CREATED_AT, false,
            new PagePosition.ByTime(Instant.parse("2026-11-23T09:00:00Z")), new CampaignId("cd-1")));
    /** List-route bodies that trip each list code. */
    static final List<String> LIST_BODIES = List.of("{\"type\": \"sms\", \"skip\": -1, \"page\": 0, \"limit\": 0}",
            "{\"type\": \"email\", \"page\": 30000000, \"limit\": 100, \"startDate\": \"2026-02-30\", \"endDate\": \"soon\"}",
            "{\"sortBy\": {\"name\": \"up\", \"createdAt\": \"down\", \"updatedAt\": \"sideways\"}}",
            "{\"filters\": {\"status\": [\"Sleeping\", null], \"priority\": [\"9\", null], \"dialingMode\": [\"Manual\", null]}}",
            "{\"cursor\": \"not a cursor\"}", "{\"cursor\": \"a\\u0001b\"}", "{\"cursor\": \"" + "A".repeat(PageCursor.MAX_LENGTH + 1) + "\"}",
            "{\"skip\": 10, \"cursor\": \"" + NEWEST_FIRST_CURSOR + "\"}", "{\"sortBy\": {\"name\": \"asc\"}, \"cursor\": \"" + NEWEST_FIRST_CURSOR + "\"}");

    /** Decisions-route bodies that trip each decisions code. */
    static final List<String> DECISION_BODIES = List.of("{}", "{\"at\": \"now\", \"contacts\": []}",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contactListId\": \"" + "x".repeat(129) + "\", \"skip\": -1, \"limit\": 0}",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contactListId\": \"a\\u0001b\", \"contacts\": [{\"phone\": \"+1\"}]}",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"id\": \"" + "x".repeat(129) + "\", \"zone\": \"Mars/Olympus_Mons\", "
                    + "\"region\": \"USA\"}, {\"phone\": \"" + "1".repeat(65) + "\"}, "
                    + "{\"id\": \"a\\u0001b\", \"phone\": \"   \"}, {\"phone\": \"+1\\u0002\"}], "
                    + "\"history\": [{}, {\"phone\": \"212 555 1234\", \"at\": \"yesterday\"}]}",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [" + "{\"phone\": \"+12125551234\"},".repeat(1000) + "{\"phone\": \"+1\"}], "
                    + "\"history\": [" + "{\"phone\": \"+12125551234\", \"at\": \"2026-12-08T14:30:00Z\"},".repeat(10_000) + "{}]}");

    /** New-list bodies that trip each contact list code. */
    static final List<String> CONTACT_LIST_BODIES = List.of("{}", "{\"name\": \" \", \"description\": \"" + "d".repeat(513) + "\"}",
            "{\"name\": \"" + "n".repeat(129) + "\", \"description\": \"a\\u0001b\"}", "{\"name\": \"a\\u0001b\"}");

    /** Callback bodies that trip each callback field code. */
    static final List<String> CALLBACK_BODIES = List.of("{}", "{\"phone\": \" \", \"contactId\": \" \"}", "{\"contactId\": \"a\\u0001b\", \"region\": \"US\"}", "{\"phone\": \"" + "1".repeat(33) + "\", \"contactId\": \"c/1\", "
            + "\"region\": \"XX\", \"callContactAt\": \"soon\", \"note\": \"" + "n".repeat(513) + "\"}",
            "{\"phone\": \"a\\u0001b\", \"contactId\": \"" + "i".repeat(65) + "\", \"region\": \"a\\u0001b\", \"callContactAt\": \"a\\u0001b\", \"note\": \"a\\u0001b\"}");

    /** Upload bodies that trip each DNC number code. */
    static final List<String> DNC_UPLOAD_BODIES = List.of("{\"numbers\": [{}, {\"phone\": \" \"}, {\"phone\": \"" + "1".repeat(33) + "\"}, "
            + "{\"phone\": \"a\\u0001b\", \"region\": \"a\\u0001b\"}, {\"phone\": \"+1415555010\", \"region\": \"XX\"}, "
            + "{\"phone\": \"not a number\", \"region\": \" \"}, {\"phone\": \"not a number\"}, {\"phone\": \"+1415555010\"}]}");

    /** Upload bodies that trip each contact code. */
    static final List<String> CONTACT_UPLOAD_BODIES = List.of("{\"contacts\": ["
            + "{}, {\"phone\": \" \", \"id\": \" \"}, {\"phone\": \"" + "1".repeat(33) + "\", \"id\": \"" + "i".repeat(65) + "\"}, "
            + "{\"phone\": \"a\\u0001b\", \"id\": \"a\\u0001b\", \"zone\": \"a\\u0001b\", \"postalCode\": \"a\\u0001b\", \"region\": \"a\\u0001b\"}, "
            + "{\"phone\": \"+1415555010\", \"id\": \"c/1\", \"zone\": \"Mars/Olympus_Mons\", \"postalCode\": \"" + "9".repeat(17) + "\", \"region\": \"XX\"}, "
            + "{\"phone\": \"not a number\", \"zone\": \" \", \"postalCode\": \" \", \"region\": \" \"}, "
            + "{\"phone\": \"not a number\"}, {\"phone\": \"+1415555010\"}, "
            + "{\"phone\": \"+14155550101\", \"attributes\": {\"\": \"v\", \"k\": \"" + "v".repeat(257) + "\"}}, "
            + "{\"phone\": \"+14155550101\", \"attributes\": {" + java.util.stream.IntStream.range(0, 33)
            .mapToObj(i -> "\"k" + i + "\": \"v\"").collect(java.util.stream.Collectors.joining(", ")) + "}}]}");

    private CodeCataloguePage() {
    }

    public static GeneratedFile of() {
        Map<String, String> examples = exampleMessages();
        StringBuilder md = new StringBuilder("""
                # Violation codes

                Generated from `CodeCatalogue.standard()` by `./dev docs`; do not edit. Every code the standard
                rules and the JSON reader can report. In a problem document each violation carries `pointer`,
                `code`, `message`, `severity` and `arguments`; codes are stable, messages may be reworded.
                The example messages were produced by running broken requests through the reader and the rules.

                | Code | Severity | Arguments | Meaning | Example message |
                |---|---|---|---|---|
                """);
        for (CodeCatalogue.Entry e : CodeCatalogue.standard()) {
            md.append("| `").append(e.code()).append("` | ").append(e.severity())
                    .append(" | ").append(e.arguments().stream().map(a -> "`" + a + "`").collect(Collectors.joining(" ")))
                    .append(" | ").append(cell(e.meaning()))
                    .append(" | ").append(examples.containsKey(e.code()) ? cell(examples.get(e.code())) : "—")
                    .append(" |\n");
        }
        md.append(CallDecisionsPage.reasonTable());
        return new GeneratedFile(PATH, md.toString());
    }

    /** The first message seen for each code, over the broken bodies of every shape and the hostile bodies. */
    public static Map<String, String> exampleMessages() {
        Map<String, String> examples = new TreeMap<>();
        CampaignRules rules = CampaignRules.standard();
        for (ModeDialect shape : ModeDialect.all()) {
            for (BrokenBodies.BrokenBody broken : BrokenBodies.of(shape)) {
                ReadResult<CampaignDraft> read = DraftReader.read(JSON.writeValueAsBytes(broken.body()), shape.dialect());
                record(examples, read.violations().toJavaList());
                read.draft().ifPresent(draft -> {
                    Verdict verdict = rules.validate(draft, BrokenBodies.context());
                    if (verdict.result().isInvalid()) record(examples, verdict.result().getError().toJavaList());
                    record(examples, verdict.warnings().toJavaList());
                });
            }
        }
        ScheduleRules schedules = new ScheduleRules();
        for (String body : SCHEDULE_BODIES) {
            ReadResult<ScheduleRequestDraft> read = ScheduleReader.read(body.getBytes(StandardCharsets.UTF_8));
            record(examples, read.violations().toJavaList());
            read.draft().map(d -> schedules.validate(d, SCHEDULED_AT)).filter(v -> v.isInvalid())
                    .ifPresent(v -> record(examples, v.getError().toJavaList()));
        }
        ListRules lists = new ListRules();
        for (String body : LIST_BODIES) {
            ReadResult<ListRequestDraft> read = ListRequestReader.read(body.getBytes(StandardCharsets.UTF_8));
            record(examples, read.violations().toJavaList());
            read.draft().map(lists::validate).filter(v -> v.isInvalid()).ifPresent(v -> record(examples, v.getError().toJavaList()));
        }
        DecisionRules decisions = new DecisionRules();
        for (String body : DECISION_BODIES) {
            ReadResult<DecisionsRequestDraft> read = DecisionsRequestReader.read(body.getBytes(StandardCharsets.UTF_8));
            record(examples, read.violations().toJavaList());
            read.draft().map(decisions::validate).filter(v -> v.isInvalid()).ifPresent(v -> record(examples, v.getError().toJavaList()));
        }
        ContactListRules contactLists = new ContactListRules();
        CallbackRules callbacks = new CallbackRules();
        for (String body : CALLBACK_BODIES) {
            ReadResult<CallbackDraft> read = CallbackReader.read(body.getBytes(StandardCharsets.UTF_8));
            record(examples, read.violations().toJavaList());
            read.draft().map(callbacks::validate).filter(v -> v.isInvalid()).ifPresent(v -> record(examples, v.getError().toJavaList()));
        }
        callbackExamples(examples);
        for (ListKind kind : ListKind.values()) {
            for (String body : CONTACT_LIST_BODIES) {
                ReadResult<ContactListDraft> read = ContactListReader.list(body.getBytes(StandardCharsets.UTF_8), kind);
                record(examples, read.violations().toJavaList());
                read.draft().map(d -> contactLists.list(kind, d)).filter(v -> v.isInvalid()).ifPresent(v -> record(examples, v.getError().toJavaList()));
            }
            for (String body : kind == ListKind.DNC ? DNC_UPLOAD_BODIES : CONTACT_UPLOAD_BODIES) {
                ReadResult<List<ContactDraft>> read = ContactListReader.entries(body.getBytes(StandardCharsets.UTF_8), kind);
                record(examples, read.violations().toJavaList());
                List<ContactDraft> drafts = read.draft().orElse(List.of());
                for (int i = 0; i < drafts.size(); i++) {
                    ContactDraft draft = drafts.get(i) == null ? ContactDraft.EMPTY : drafts.get(i);
                    contactLists.entry(kind, i, kind == ListKind.CONTACTS ? draft.withIdIfAbsent("ct-" + i) : draft)
                            .fold(v -> { record(examples, v.toJavaList()); return null; }, c -> null);
                }
            }
        }
        for (String body : HOSTILE_BODIES) {
            record(examples, DraftReader.read(body.getBytes(StandardCharsets.UTF_8), Dialect.V2).violations().toJavaList());
        }
        return examples;
    }

    /** The callback codes that depend on stored data and the clock, from requests sent to a fresh example world. */
    private static void callbackExamples(Map<String, String> examples) {
        ExampleWorld world = new ExampleWorld();
        String v2 = "/campaign/api/v2/public/" + DemoConfig.STREAM_ID;
        HttpResponse created = world.send(DocumentedRequest.of("POST", v2 + "/campaign?campaignType=voice", ExampleScenario.body(ValidDrafts.agentlessV2())));
        String callbacks = v2 + "/campaign/" + CampaignJson.parse(created.body()).get("data").get("id").asString() + "/callbacks";
        for (String body : List.of("{\"phone\": \"+12125551234\", \"callContactAt\": \"2000-01-01T00:00:00Z\"}",
                "{\"contactId\": \"c-404\", \"callContactAt\": \"2099-01-01T00:00:00Z\"}",
                "{\"phone\": \"not a number\", \"callContactAt\": \"2099-01-01T00:00:00Z\"}",
                "{\"phone\": \"+1415555010\", \"callContactAt\": \"2099-01-01T00:00:00Z\"}")) {
            CampaignJson.parse(world.send(DocumentedRequest.of("POST", callbacks, body)).body()).get("errors")
                    .forEach(e -> examples.putIfAbsent(e.get("code").asString(), e.get("message").asString()));
        }
    }

    private static void record(Map<String, String> examples, List<Violation> violations) {
        violations.forEach(v -> examples.putIfAbsent(v.code(), v.message()));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
