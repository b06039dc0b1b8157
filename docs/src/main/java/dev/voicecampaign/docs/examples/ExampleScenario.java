package dev.voicecampaign.docs.examples;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.json.RequestWriter;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented walk through the API: the seeds' samples created, read, updated, listed, started,
 * stopped, scheduled and deleted, then the errors a client meets. Each step runs through the real
 * handler; a step whose status is not the one the docs promise stops the generation.
 */
public final class ExampleScenario {
    public static final String V2 = "/campaign/api/v2/public/" + DemoConfig.STREAM_ID;
    public static final String V1 = "/agentassist/api/v1/public/" + DemoConfig.STREAM_ID;
    private static final String CREATE_V2 = V2 + "/campaign?accountId=" + DemoConfig.ACCOUNT_ID + "&campaignType=voice";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExampleWorld world = new ExampleWorld();
    private final List<Exchange> exchanges = new ArrayList<>();

    private ExampleScenario() {
    }

    /** Runs the whole walk in a fresh world. */
    public static List<Exchange> run() {
        ExampleScenario s = new ExampleScenario();
        s.walk();
        return List.copyOf(s.exchanges);
    }

    /** Runs the whole walk in a fresh world and answers what its {@code GET /metrics} would show then. */
    public static String metricsAfterWalk() {
        ExampleScenario s = new ExampleScenario();
        s.walk();
        return s.world.scrape();
    }

    private void walk() {
        String agentless = id(step(200, "Create an Agentless campaign (v2)",
                "The seeds' Agentless sample. The campaign starts `Preparing` and is `Ready` once its names resolve.",
                "POST", CREATE_V2, body(ValidDrafts.agentlessV2())));
        String progressive = id(step(200, "Create a Progressive campaign (v2)", "The seeds' Progressive sample.",
                "POST", CREATE_V2, body(ValidDrafts.progressiveV2())));
        String preview = id(step(200, "Create a Preview campaign (v2)", "The seeds' Preview sample.",
                "POST", CREATE_V2, body(ValidDrafts.previewV2())));
        String previewV1 = id(step(200, "Create a campaign (v1)",
                "The v1 dialect: no `dncLists`, machine detection as a boolean.",
                "POST", V1 + "/campaign?campaignType=voice", body(ValidDrafts.previewV1())));
        step(200, "Get a campaign by id", "The campaign as created, with its `status` and `schedule` flags.",
                "GET", V2 + "/campaign/" + agentless + "?campaignType=voice", null);
        ObjectNode update = bodyNode(ValidDrafts.previewV1());
        update.put("description", "Reminds customers of upcoming bills; now also weekends.");
        step(200, "Update a campaign by id (v1)", "A full replacement: every body field is sent again.",
                "PUT", V1 + "/campaign/" + previewV1 + "?campaignType=voice", pretty(update));
        step(200, "Get a campaign by id (v1)", "", "GET", V1 + "/campaign/" + previewV1 + "?campaignType=voice", null);
        ObjectNode updateV2 = bodyNode(ValidDrafts.progressiveV2());
        ((ObjectNode) updateV2.get("dialingStrategy")).put("maxAttemptsPerRecord", 5);
        step(200, "Update a campaign by id (v2)", "", "PUT", V2 + "/campaign/" + progressive + "?campaignType=voice", pretty(updateV2));
        step(200, "List campaigns", "Paged, sorted and filtered.",
                "POST", V2 + "/campaign/getAllCampaignDetails",
                "{\"type\": \"voice\", \"skip\": 0, \"limit\": 2, \"sortBy\": {\"name\": \"asc\"}, "
                        + "\"filters\": {\"dialingMode\": [\"Preview\", \"Progressive\"]}}");
        step(200, "Liveness", "No token needed: a process supervisor's probe.", "GET", "/health/live", null);
        step(200, "Readiness", "200 when the campaign storage answers a read, else 503 `not-ready`.", "GET", "/health/ready", null);
        step(200, "Call decisions", "Our extension: may each contact be called at `at`, and if not, when? Read at the contact's "
                        + "local time; see [call decisions](call-decisions.md).",
                "POST", V2 + "/campaign/" + agentless + "/decisions",
                "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"id\": \"c1\", \"phone\": \"+12125551234\"}, "
                        + "{\"id\": \"c2\", \"phone\": \"(415) 555-0123\", \"region\": \"US\"}, {\"id\": \"c3\", \"phone\": \"+442079460000\"}], "
                        + "\"history\": [{\"phone\": \"+442079460000\", \"at\": \"2026-12-08T14:25:00Z\"}]}");
        callbacks(agentless);
        String trigger = "/api/v2/public/" + DemoConfig.STREAM_ID + "/campaign/trigger/" + agentless + "?campaignType=voice&trigger=";
        step(200, "Start a campaign", "`play` starts a Ready campaign under a new instance id.", "POST", trigger + "play", "{}");
        step(200, "Read a campaign's status", "", "POST", V2 + "/campaign/" + agentless + "/status?view=status", "{}");
        step(200, "Stop a campaign", "", "POST", trigger + "stop", "{}");
        step(200, "Schedule a campaign", "Keyed by name; times are in the campaign's zone. The server starts it at its time.",
                "POST", V2 + "/campaign/schedule?enableSchedule=true&campaignName=Service%20Renewal%20Outreach%20Campaign61",
                "{\"startDateTime\": \"2026-01-20 09:00:00\", \"endDateTime\": \"2026-02-20 18:00:00\", "
                        + "\"recurrenceObject\": {\"recurType\": \"Weekly\", \"weeklyDetails\": {\"onceEveryNweeks\": 1, \"whichDays\": [\"Mon\", \"Wed\"]}}}");
        String triggerV1 = "/campaign/api/v1/public/" + DemoConfig.STREAM_ID + "/campaign/" + previewV1 + "?campaignType=voice&trigger=";
        step(200, "Start a campaign (v1 path)", "", "POST", triggerV1 + "play", "{}");
        step(200, "Stop a campaign (v1 path)", "", "POST", triggerV1 + "stop", "{}");
        step(200, "Delete a campaign (v1)", "Active and Paused campaigns cannot be deleted; this one is Stopped.",
                "DELETE", V1 + "/campaign/" + previewV1 + "?campaignType=voice", null);
        step(200, "Delete a campaign (v2)", "", "DELETE", V2 + "/campaign/" + progressive + "?campaignType=voice", null);

        ObjectNode broken = bodyNode(ValidDrafts.agentlessV2());
        broken.put("name", "A name far longer than the forty-eight characters allowed");
        broken.putArray("contactLists").add("No Such List");
        ((ObjectNode) broken.get("dialingStrategy").get("callerId")).put("phoneNumber", "+1484651xxxx");
        ((ObjectNode) broken.get("dialingStrategy")).put("maxRingTime", 3);
        broken.put("queue_name", "Default Queue");
        step(400, "Invalid body: every problem at once",
                "One problem document lists each violation with its JSON pointer, code and message. Warnings (here the queue an Agentless campaign does not use) ride along.",
                "POST", CREATE_V2, pretty(broken));
        step(400, "Malformed JSON", "", "POST", CREATE_V2, "{\"name\": \"Spring\",");
        step(401, "Missing token", "", new DocumentedRequest("GET", V2 + "/campaign/" + agentless,
                List.of("iid: " + DemoConfig.STREAM_ID), null));
        step(404, "Unknown campaign", "Also the answer for another tenant's campaign.",
                "GET", V2 + "/campaign/cd-00000000-0000-0000-0000-000000000000", null);
        step(200, "Start the Preview campaign", "", "POST",
                "/api/v2/public/" + DemoConfig.STREAM_ID + "/campaign/trigger/" + preview + "?campaignType=voice&trigger=play", "{}");
        step(409, "Edit refused while Active", "The body names the current state.",
                "PUT", V2 + "/campaign/" + preview + "?campaignType=voice", body(ValidDrafts.previewV2()));
        step(409, "Name taken", "Names are unique per app, ignoring case, outer and doubled spaces and Unicode normalisation.", "POST", CREATE_V2,
                pretty(bodyNode(ValidDrafts.agentlessV2()).put("name", "PRODUCT FEEDBACK VOICE CAMPAIGN-3.41")));
        contactLists(agentless);
        dncLists();
    }

    /** The callback routes: schedule, a refusal with the next allowed instant, list, cancel. */
    private void callbacks(String campaignId) {
        String callbacks = V2 + "/campaign/" + campaignId + "/callbacks";
        String callback = id(step(200, "Schedule a callback", "Our extension: stored only when the campaign's call decision allows the "
                        + "call at `callContactAt` (a `phone`, or the `contactId` of a contact in the campaign's stored lists).", "POST", callbacks,
                "{\"phone\": \"+12125551234\", \"callContactAt\": \"2026-12-08T14:30:00Z\", \"note\": \"Asked to be called after lunch\"}"));
        step(400, "Callback refused", "Every reason the call may not be placed then, each at its field, and `nextAllowedAt` when a "
                        + "later instant is allowed (09:30 in New York is 06:30 in San Francisco).", "POST", callbacks,
                "{\"phone\": \"(415) 555-0123\", \"region\": \"US\", \"callContactAt\": \"2026-12-08T14:30:00Z\"}");
        step(200, "List callbacks", "Soonest first; `from` and `to` (ISO-8601 instants, `to` exclusive) bound them, `skip` and `limit` page them.",
                "GET", callbacks + "?from=2026-12-08T00:00:00Z&to=2026-12-09T00:00:00Z", null);
        step(200, "Cancel a callback", "", "DELETE", callbacks + "/" + callback, null);
    }

    /** The DNC list routes: create, upload in JSON and CSV, read, page, delete. */
    private void dncLists() {
        String lists = V2 + "/dnclists";
        String optedOut = id(step(200, "Create a DNC list", "Our extension: a list of numbers never to call. A campaign naming it in "
                + "`dncLists` decides each number on it NEVER (`decision.dnc`).", "POST", lists, "{\"name\": \"Opted out\"}"));
        step(200, "Add DNC numbers (JSON)", "Each number is read with libphonenumber and stored once in E.164; each refused one is "
                        + "reported with its row and field.", "POST", lists + "/" + optedOut + "/numbers",
                pretty(JSON.readTree("{\"numbers\": [{\"phone\": \"+12125551234\"}, {\"phone\": \"(415) 555-0123\", \"region\": \"US\"}, "
                        + "{\"phone\": \"not a number\"}, {\"phone\": \"+1 212 555 1234\"}]}")));
        step(200, "Add DNC numbers (CSV)", "The same with `Content-Type: text/csv`: a header row (phone, and region if wanted), "
                        + "then a number per row; up to 16 MiB.",
                new DocumentedRequest("POST", lists + "/" + optedOut + "/numbers", List.of("auth: " + ExampleWorld.TOKEN_PLACEHOLDER,
                        "iid: " + ExampleWorld.APP.streamId().value(), "accountId: " + ExampleWorld.APP.accountId(), "content-type: text/csv"),
                        "phone,region\n+442079460000,\n01 42 68 53 00,FR\n"));
        step(200, "List a DNC list's numbers", "In the order they were added; `skip` and `limit` page them.",
                "GET", lists + "/" + optedOut + "/numbers?skip=0&limit=10", null);
        step(200, "Get a DNC list", "", "GET", lists + "/" + optedOut, null);
        step(200, "List DNC lists", "Oldest first; `skip` and `limit` page them.", "GET", lists + "?skip=0&limit=10", null);
        step(200, "Delete a DNC number", "By its number in E.164, with or without its `+`.", "DELETE", lists + "/" + optedOut + "/numbers/+33142685300", null);
        step(404, "Unknown DNC list", "Also the answer for another app's list, and for a contact list's id.", "GET",
                lists + "/cl-00000000-0000-0000-0000-000000000000", null);
        step(200, "Delete a DNC list", "With its numbers; refused (409) while a campaign that may still run uses it.",
                "DELETE", lists + "/" + optedOut, null);
    }

    /** The contact list routes: create, upload in JSON and CSV, read, page, delete. */
    private void contactLists(String agentlessId) {
        String lists = V2 + "/contactlists";
        String leads = id(step(200, "Create a contact list", "Our extension: a new, empty list of the app.", "POST", lists,
                "{\"name\": \"Spring Leads\", \"description\": \"Callers who asked about the spring offer\"}"));
        step(409, "Contact list name taken", "Names are unique per app, ignoring case and spacing.", "POST", lists, "{\"name\": \"spring  LEADS\"}");
        step(200, "Add contacts (JSON)", "Each good contact is stored; each refused one is reported with its row and field, "
                        + "and a number the list already holds is a duplicate.", "POST", lists + "/" + leads + "/contacts",
                pretty(JSON.readTree("{\"contacts\": ["
                        + "{\"phone\": \"+12125551234\", \"id\": \"c-1\", \"zone\": \"America/New_York\", \"attributes\": {\"firstName\": \"Ada\"}}, "
                        + "{\"phone\": \"(415) 555-0123\", \"region\": \"US\", \"postalCode\": \"94107\"}, "
                        + "{\"phone\": \"not a number\"}, "
                        + "{\"phone\": \"+1 212 555 1234\"}]}")));
        step(200, "Add contacts (CSV)", "The same with `Content-Type: text/csv`: a header row (phone, and id, zone, postalCode, region "
                        + "if wanted), then a contact per row; up to 16 MiB.",
                new DocumentedRequest("POST", lists + "/" + leads + "/contacts", List.of("auth: " + ExampleWorld.TOKEN_PLACEHOLDER,
                        "iid: " + ExampleWorld.APP.streamId().value(), "accountId: " + ExampleWorld.APP.accountId(), "content-type: text/csv"),
                        "phone,id,zone\n+442079460000,c-3,Europe/London\n+33142685300,c-4,\n"));
        step(200, "Call decisions over a stored list", "Without `contacts`, a page of stored contacts is decided: those of "
                        + "`contactListId`, or else of the campaign's own stored lists one after the other (`skip`, `limit`).",
                "POST", V2 + "/campaign/" + agentlessId + "/decisions",
                "{\"at\": \"2026-12-08T14:30:00Z\", \"contactListId\": \"" + leads + "\", \"skip\": 0, \"limit\": 10}");
        step(200, "List a contact list's contacts", "In the order they were added; `skip` and `limit` page them.",
                "GET", lists + "/" + leads + "/contacts?skip=0&limit=10", null);
        step(200, "Get a contact list", "", "GET", lists + "/" + leads, null);
        step(200, "List contact lists", "Oldest first; `skip` and `limit` page them.", "GET", lists + "?skip=0&limit=10", null);
        step(200, "Delete a contact", "", "DELETE", lists + "/" + leads + "/contacts/c-4", null);
        step(404, "Unknown contact list", "Also the answer for another app's list.", "GET", lists + "/cl-00000000-0000-0000-0000-000000000000", null);
        step(200, "Delete a contact list", "With its contacts; refused (409) while a campaign that may still run uses it.",
                "DELETE", lists + "/" + leads, null);
    }

    private Exchange step(int expected, String title, String explanation, String method, String target, String body) {
        return step(expected, title, explanation, DocumentedRequest.of(method, target, body));
    }

    private Exchange step(int expected, String title, String explanation, DocumentedRequest documented) {
        // a request id of the walk's own, so the answers (X-Request-Id, a problem's instance) are the same on every run
        List<String> headers = new java.util.ArrayList<>(documented.headers());
        headers.add("x-request-id: example-" + (exchanges.size() + 1));
        DocumentedRequest request = new DocumentedRequest(documented.method(), documented.target(), headers, documented.body());
        HttpResponse response = world.send(request);
        if (response.status() != expected) {
            throw new IllegalStateException(title + ": expected " + expected + " but got " + response.status() + " " + response.bodyText());
        }
        Exchange e = new Exchange(title, explanation, request, response);
        exchanges.add(e);
        return e;
    }

    private static String id(Exchange created) {
        return JSON.readTree(created.response().body()).get("data").get("id").asString();
    }

    private static ObjectNode bodyNode(CampaignDraft draft) {
        StreamId stream = DemoConfig.standard().apps().getFirst().streamId();
        var result = CampaignRules.standard().validate(draft, new ValidationContext(stream, SampleDirectories.forStream(stream))).result();
        if (result.isInvalid()) throw new IllegalStateException("sample draft invalid: " + result.getError());
        Campaign campaign = result.get();
        return RequestWriter.body(campaign, draft.dialect() == null ? Dialect.V2 : draft.dialect());
    }

    /** A draft as the v2 body a user would send. */
    public static String body(CampaignDraft draft) {
        return pretty(bodyNode(draft));
    }

    static String pretty(JsonNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    static String pretty(byte[] json) {
        return pretty(JSON.readTree(new String(json, StandardCharsets.UTF_8)));
    }
}
