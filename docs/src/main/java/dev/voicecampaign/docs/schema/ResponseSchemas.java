package dev.voicecampaign.docs.schema;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.docs.model.ModeDialect;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of the server's answers, as the JSON adapter's {@code ResponseWriter} writes them:
 * the stored campaign per mode and dialect, the answers that wrap it, the list page, the trigger,
 * status, schedule, decisions and health answers, and the RFC 9457 problem with its
 * {@code errors}. A field the answer repeats from the request body reuses the request schema's
 * node, so the two cannot drift; {@code OpenApiPageTest} checks every executed answer against
 * these schemas with undeclared properties refused.
 */
public final class ResponseSchemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Request fields that a stored campaign answers as they were sent (after normalisation). */
    private static final List<String> REPEATED = List.of("name", "description", "priority", "dialingMode", "dialingStrategy",
            "contactLists", "queue_name", "maxSkips", "communicationLimits", "compliancePacks");

    private ResponseSchemas() {
    }

    /** The component name of a stored campaign's schema in one mode and dialect. */
    public static String storedSlug(ModeDialect shape) {
        return "stored-" + shape.slug();
    }

    /** The component name of the stored campaign of a dialect (any mode). */
    public static String storedCampaign(Dialect dialect) {
        return "stored-campaign-" + lower(dialect);
    }

    /** The component name of the create, get, update and delete answer of a dialect. */
    public static String campaignAnswer(Dialect dialect) {
        return "campaign-answer-" + lower(dialect);
    }

    public static final String PAGE = "campaign-page";
    public static final String TRIGGER = "trigger-answer";
    public static final String STATUS = "status-answer";
    public static final String SCHEDULE = "schedule-answer";
    public static final String DECISIONS = "decisions-answer";
    public static final String HEALTH = "health-answer";
    public static final String CONTACT_LIST = "contact-list";
    public static final String CONTACT_LIST_ANSWER = "contact-list-answer";
    public static final String CONTACT_LIST_PAGE = "contact-list-page";
    public static final String CONTACT = "contact";
    public static final String CONTACTS_PAGE = "contacts-page";
    public static final String UPLOAD = "contacts-upload-answer";
    public static final String UPLOAD_VIOLATION = "upload-violation";
    public static final String DNC_LIST = "dnc-list";
    public static final String DNC_LIST_ANSWER = "dnc-list-answer";
    public static final String DNC_LIST_PAGE = "dnc-list-page";
    public static final String DNC_NUMBER = "dnc-number";
    public static final String DNC_NUMBERS_PAGE = "dnc-numbers-page";
    public static final String DNC_UPLOAD = "dnc-numbers-upload-answer";
    public static final String CALLBACK = "callback";
    public static final String CALLBACK_ANSWER = "callback-answer";
    public static final String CALLBACKS_PAGE = "callbacks-page";
    public static final String CALLBACK_CANCELLED = "callback-cancelled";
    public static final String PROBLEM = "problem";
    public static final String VIOLATION = "violation";

    /** Adds every answer's schema to {@code schemas} (an OpenAPI document's {@code components.schemas}). */
    public static void addTo(ObjectNode schemas) {
        for (Dialect dialect : List.of(Dialect.V2, Dialect.V1)) {
            ObjectNode oneOf = schemas.putObject(storedCampaign(dialect))
                    .put("description", "A stored campaign as the " + lower(dialect) + " routes answer it; dialingMode tells the mode.");
            ArrayNode variants = oneOf.putArray("oneOf");
            ObjectNode mapping = oneOf.putObject("discriminator").put("propertyName", "dialingMode").putObject("mapping");
            for (DialingMode mode : DialingMode.values()) {
                ModeDialect shape = new ModeDialect(mode, dialect);
                schemas.set(storedSlug(shape), stored(shape));
                variants.addObject().put("$ref", ref(storedSlug(shape)));
                mapping.put(mode.wireName(), ref(storedSlug(shape)));
            }
            ObjectNode answer = object(schemas.putObject(campaignAnswer(dialect)),
                    "The answer to a create, get, update or delete: the campaign as stored.", "status", "message", "data");
            ObjectNode props = answer.putObject("properties");
            props.putObject("status").put("type", "string").put("const", "success");
            props.putObject("message").put("type", "string").put("description", "Campaign <name> creation in progress, details fetched successfully, ...");
            props.putObject("id").put("type", "string").put("description", "The campaign's id (update answers only).");
            props.putObject("data").put("$ref", ref(storedCampaign(dialect)));
            warnings(props);
        }
        schemas.set(PAGE, page());
        schemas.set(TRIGGER, trigger());
        schemas.set(STATUS, status());
        schemas.set(SCHEDULE, schedule());
        schemas.set(DECISIONS, decisions());
        ObjectNode health = object(schemas.putObject(HEALTH), "A health probe's answer.", "status");
        health.putObject("properties").putObject("status").put("type", "string").put("const", "UP");
        schemas.set(VIOLATION, violation());
        schemas.set(PROBLEM, problem());
        schemas.set(CONTACT_LIST, storedList(ListKind.CONTACTS));
        schemas.set(CONTACT_LIST_ANSWER, listAnswer(ListKind.CONTACTS, CONTACT_LIST));
        schemas.set(CONTACT_LIST_PAGE, page("A page of the app's contact lists, oldest first.", CONTACT_LIST));
        schemas.set(CONTACT, contact());
        schemas.set(CONTACTS_PAGE, page("A page of a list's contacts, in the order they were added.", CONTACT));
        ObjectNode rowViolation = violation().put("description", "One problem of an upload: the violation, with the entry's row and field.");
        ((ObjectNode) rowViolation.get("properties")).putObject("row").put("type", "integer").put("minimum", 1)
                .put("description", "The entry's place in the upload, from 1: its CSV data row, or its position in contacts (numbers).");
        ((ObjectNode) rowViolation.get("properties")).putObject("field").put("type", "string").put("description", "The entry's field at fault.");
        schemas.set(UPLOAD_VIOLATION, rowViolation);
        schemas.set(UPLOAD, upload(ListKind.CONTACTS, CONTACT_LIST));
        schemas.set(DNC_LIST, storedList(ListKind.DNC));
        schemas.set(DNC_LIST_ANSWER, listAnswer(ListKind.DNC, DNC_LIST));
        schemas.set(DNC_LIST_PAGE, page("A page of the app's DNC lists, oldest first.", DNC_LIST));
        ObjectNode number = object(NODES.objectNode(), "A number a DNC list holds: never called by a campaign naming the list.", "phone");
        number.putObject("properties").putObject("phone").put("type", "string").put("description", "The number in E.164.");
        schemas.set(DNC_NUMBER, number);
        schemas.set(DNC_NUMBERS_PAGE, page("A page of a DNC list's numbers, in the order they were added.", DNC_NUMBER));
        schemas.set(DNC_UPLOAD, upload(ListKind.DNC, DNC_LIST));
        schemas.set(CALLBACK, callback());
        ObjectNode answer = object(schemas.putObject(CALLBACK_ANSWER), "A callback as scheduled.", "status", "message", "data");
        ObjectNode answerProps = answer.putObject("properties");
        answerProps.putObject("status").put("type", "string").put("const", "success");
        answerProps.putObject("message").put("type", "string");
        answerProps.putObject("data").put("$ref", ref(CALLBACK));
        schemas.set(CALLBACKS_PAGE, page("A page of a campaign's callbacks, soonest first.", CALLBACK));
        ObjectNode cancelled = object(schemas.putObject(CALLBACK_CANCELLED), "A cancelled callback's id.", "status", "message", "data");
        ObjectNode cancelledProps = cancelled.putObject("properties");
        cancelledProps.putObject("status").put("type", "string").put("const", "success");
        cancelledProps.putObject("message").put("type", "string");
        object(cancelledProps.putObject("data"), "The callback removed.", "id").putObject("properties").putObject("id").put("type", "string");
    }

    /** A stored callback: the request's fields as read, and what the server keeps. */
    private static ObjectNode callback() {
        ObjectNode callback = object(NODES.objectNode(), "A callback of a campaign.", "id", "campaignId", "phone", "callContactAt", "createdAt");
        ObjectNode props = callback.putObject("properties");
        ObjectNode request = JsonSchemaGenerator.callbackRequest();
        props.putObject("id").put("type", "string").put("description", "The callback's id, cb- and a UUID.");
        props.putObject("campaignId").put("type", "string");
        props.putObject("phone").put("type", "string").put("description", "The number to call, in E.164.");
        props.set("contactId", request.get("properties").get("contactId").deepCopy());
        props.putObject("callContactAt").put("type", "string").put("format", "date-time");
        props.set("note", request.get("properties").get("note").deepCopy());
        props.putObject("createdAt").put("type", "string").put("format", "date-time");
        return callback;
    }

    /** A stored list of a kind; its count is named after its entries ({@code contacts} or {@code numbers}). */
    private static ObjectNode storedList(ListKind kind) {
        String count = kind.entriesField();
        ObjectNode list = object(NODES.objectNode(), "A " + kind.label() + " of the app.", "id", "name", count, "createdAt", "updatedAt", "version");
        ObjectNode props = list.putObject("properties");
        ObjectNode request = JsonSchemaGenerator.contactListRequest();
        props.putObject("id").put("type", "string").put("description", "The list's id, cl- and a UUID.");
        props.set("name", request.get("properties").get("name").deepCopy());
        props.set("description", request.get("properties").get("description").deepCopy());
        props.putObject(count).put("type", "integer").put("minimum", 0).put("description", "How many " + count + " the list holds.");
        props.putObject("createdAt").put("type", "string").put("format", "date-time");
        props.putObject("updatedAt").put("type", "string").put("format", "date-time");
        props.putObject("version").put("type", "integer").put("minimum", 0).put("description", "Grows with every change to the list or its " + count + ".");
        return list;
    }

    private static ObjectNode listAnswer(ListKind kind, String list) {
        ObjectNode answer = object(NODES.objectNode(), "A " + kind.label() + " as created, read or deleted.", "status", "message", "data");
        ObjectNode props = answer.putObject("properties");
        props.putObject("status").put("type", "string").put("const", "success");
        props.putObject("message").put("type", "string");
        props.putObject("data").put("$ref", ref(list));
        return answer;
    }

    /** A stored contact: the upload's fields, its number in E.164. */
    private static ObjectNode contact() {
        ObjectNode contact = (ObjectNode) JsonSchemaGenerator.contactsUpload().get("properties").get("contacts").get("items").deepCopy();
        contact.put("description", "A contact as the list holds it: its number in E.164.");
        ArrayNode required = contact.putArray("required");
        required.add("id").add("phone").add("attributes");
        return contact;
    }

    private static ObjectNode page(String description, String item) {
        ObjectNode page = object(NODES.objectNode(), description, "status", "data");
        ObjectNode props = page.putObject("properties");
        props.putObject("status").put("type", "string").put("const", "success");
        ObjectNode data = object(props.putObject("data"), "The page.", "results", "skip", "limit", "hasMore", "totalResults");
        ObjectNode dataProps = data.putObject("properties");
        dataProps.putObject("results").put("type", "array").putObject("items").put("$ref", ref(item));
        for (String n : List.of("skip", "limit", "totalResults")) dataProps.putObject(n).put("type", "integer").put("minimum", 0);
        dataProps.putObject("hasMore").put("type", "boolean");
        return page;
    }

    private static ObjectNode upload(ListKind kind, String list) {
        String entries = kind.entriesField();
        ObjectNode answer = object(NODES.objectNode(), "What an upload stored and refused.", "status", "message", "data");
        ObjectNode props = answer.putObject("properties");
        props.putObject("status").put("type", "string").put("const", "success");
        props.putObject("message").put("type", "string");
        ObjectNode data = object(props.putObject("data"), "The upload's outcome.", "list", "accepted", "duplicates", "rejected");
        ObjectNode dataProps = data.putObject("properties");
        dataProps.putObject("list").put("$ref", ref(list));
        dataProps.putObject("accepted").put("type", "integer").put("minimum", 0).put("description", "How many " + entries + " were stored.");
        dataProps.putObject("duplicates").put("type", "array").put("description", "Numbers (E.164) the list already held or the upload repeated; not stored again.")
                .putObject("items").put("type", "string");
        dataProps.putObject("rejected").put("type", "array").put("description", "Every error of the " + entries + " not stored.")
                .putObject("items").put("$ref", ref(UPLOAD_VIOLATION));
        props.putObject("warnings").put("type", "array").put("description", "What was accepted but deserves a look (severity WARNING).")
                .putObject("items").put("$ref", ref(UPLOAD_VIOLATION));
        return answer;
    }

    /** A stored campaign: the request's fields as normalised, the resolved ids, and what the server keeps. */
    static ObjectNode stored(ModeDialect shape) {
        ObjectNode request = JsonSchemaGenerator.schema(shape);
        ObjectNode requestProps = (ObjectNode) request.get("properties");
        ObjectNode schema = NODES.objectNode().put("title", shape.mode().wireName() + " campaign, as the " + lower(shape.dialect()) + " routes answer it")
                .put("type", "object");
        ObjectNode props = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (String name : REPEATED) {
            if (!written(shape, name)) continue;
            props.set(name, requestProps.get(name).deepCopy());
            if (!name.equals("communicationLimits") && !name.equals("compliancePacks")) required.add(name);
        }
        // an answer always writes these, so a typed client need not test for them
        ObjectNode strategy = (ObjectNode) props.get("dialingStrategy");
        ArrayNode strategyRequired = strategy.putArray("required");
        List.of("callerId", "callingHours", "dialingOrder", "maxAttemptsPerRecord", "defaultRetryPeriod", "maxRingTime").forEach(strategyRequired::add);
        ((ObjectNode) strategy.get("properties").get("callingHours")).putArray("required").add("frequency").add("timezone").add("days");
        if (shape.dialect() == Dialect.V2) {
            ((ObjectNode) strategy.get("properties")).putObject("useSystemMappings").put("type", "boolean")
                    .put("description", "Always false: the server maps no system fields (v2 answers only).");
            strategyRequired.add("useSystemMappings");
        }
        props.putObject("lname").put("type", "string").put("description", "The name in lower case, as the hosted API answers it.");
        required.add("lname");
        if (shape.dialect() == Dialect.V2) {
            ObjectNode dnc = props.putObject("dncLists").put("type", "object").put("description", "The DNC list with its resolved id (v2 only).");
            ObjectNode dncProps = dnc.putObject("properties");
            dncProps.putObject("id").putArray("type").add("string").add("null");
            ((ObjectNode) dncProps.get("id")).put("description", "The list's id; null once its name no longer resolves.");
            dncProps.set("name", requestProps.get("dncLists").get("properties").get("name").deepCopy());
            dnc.putArray("required").add("id").add("name");
        }
        if (shape.mode() == DialingMode.AGENTLESS) {
            ObjectNode flow = props.putObject("experienceFlow").put("description", "The experience flow's id; null once its name no longer resolves.");
            flow.putArray("type").add("string").add("null");
            required.add("experienceFlow");
            ArrayNode values = props.putObject("machineDetection").put("type", "string")
                    .put("description", "Answering-machine detection as stored.").putArray("enum");
            for (MachineDetection m : MachineDetection.values()) values.add(m.wireValue());
            required.add("machineDetection");
        }
        props.set("status", statusEnum());
        props.putObject("isFiltersEnabled").put("type", "boolean").put("description", "Always false: the server keeps no filters.");
        props.putObject("createdAt").put("type", "string").put("format", "date-time");
        props.putObject("updatedAt").put("type", "string").put("format", "date-time");
        props.putObject("version").put("type", "integer").put("minimum", 0)
                .put("description", "The stored version, as the ETag header gives it; send it back in If-Match.");
        props.set("schedule", storedSchedule());
        props.putObject("id").put("type", "string");
        props.putObject("enableMachineDetect").put("type", "boolean").put("description", "Whether answering-machine detection runs.");
        props.putObject("campaignInstanceId").put("type", "string").put("description", "The current run's id, once it has been played.");
        for (String name : List.of("status", "isFiltersEnabled", "createdAt", "updatedAt", "version", "id", "enableMachineDetect")) required.add(name);
        return schema;
    }

    /** Whether the answer repeats request field {@code name} for this shape (queue and skips only where the mode has them). */
    private static boolean written(ModeDialect shape, String name) {
        return switch (name) {
            case "queue_name" -> shape.mode() != DialingMode.AGENTLESS;
            case "maxSkips" -> shape.mode() == DialingMode.PREVIEW;
            default -> true;
        };
    }

    /** The schedule flags, with the schedule's times and recurrence when one is set (absent from create answers). */
    private static ObjectNode storedSchedule() {
        ObjectNode request = JsonSchemaGenerator.scheduleRequest();
        ObjectNode schedule = object(NODES.objectNode(), "Whether a schedule is set and repeats, and if so when it runs.",
                "isSchedulingEnabled", "isRecurrenceEnabled");
        ObjectNode props = schedule.putObject("properties");
        props.putObject("isSchedulingEnabled").put("type", "boolean");
        props.putObject("isRecurrenceEnabled").put("type", "boolean");
        request.get("properties").properties().forEach(e -> props.set(e.getKey(), e.getValue().deepCopy()));
        return schedule;
    }

    private static ObjectNode page() {
        ObjectNode page = object(NODES.objectNode(), "A page of campaigns (v2 shape), newest filters and sort applied.", "status", "data");
        ObjectNode props = page.putObject("properties");
        props.putObject("status").put("type", "string").put("const", "success");
        ObjectNode data = object(props.putObject("data"), "The page.", "results", "skip", "limit", "hasMore", "totalPages", "totalResults");
        ObjectNode dataProps = data.putObject("properties");
        dataProps.putObject("results").put("type", "array").putObject("items").put("$ref", ref(storedCampaign(Dialect.V2)));
        for (String n : List.of("skip", "limit", "totalPages", "totalResults")) dataProps.putObject(n).put("type", "integer").put("minimum", 0);
        dataProps.putObject("hasMore").put("type", "boolean");
        dataProps.putObject("nextCursor").put("type", "string").put("description", "Send as cursor for the next page; absent on the last.");
        warnings(props);
        return page;
    }

    private static ObjectNode trigger() {
        ObjectNode trigger = object(NODES.objectNode(), "The answer to play, stop, pause or resume.", "status", "message", "updatedAt", "campaignInstanceId");
        ObjectNode props = trigger.putObject("properties");
        props.set("status", statusEnum());
        props.putObject("message").put("type", "string").put("description", "Campaign Started, Campaign Stopped, Campaign Paused or Campaign Resumed.");
        props.putObject("totalCallsCompleted").put("type", "integer").put("minimum", 0).put("description", "On play only.");
        props.putObject("updatedAt").put("type", "string").put("format", "date-time");
        props.putObject("campaignInstanceId").put("description", "The run's id; null before the first play.").putArray("type").add("string").add("null");
        return trigger;
    }

    private static ObjectNode status() {
        ObjectNode answer = object(NODES.objectNode(), "A campaign's id, status and name.", "status", "data");
        ObjectNode props = answer.putObject("properties");
        props.putObject("status").put("type", "string").put("const", "success");
        ObjectNode data = object(props.putObject("data"), "The campaign.", "id", "status", "name");
        ObjectNode dataProps = data.putObject("properties");
        dataProps.putObject("id").put("type", "string");
        dataProps.set("status", statusEnum());
        dataProps.putObject("name").put("type", "string");
        return answer;
    }

    private static ObjectNode schedule() {
        ObjectNode answer = object(NODES.objectNode(), "The answer to scheduling a campaign or removing its schedule.", "status", "message", "id");
        ObjectNode props = answer.putObject("properties");
        props.putObject("status").put("type", "string").put("const", "success");
        props.putObject("message").put("type", "string").put("description", "Campaign scheduled successfully, or Campaign schedule removed.");
        props.putObject("id").put("type", "string");
        warnings(props);
        return answer;
    }

    private static ObjectNode decisions() {
        ObjectNode answer = object(NODES.objectNode(), "One decision per contact, in the request's order.", "status", "data");
        ObjectNode props = answer.putObject("properties");
        props.putObject("status").put("type", "string").put("const", "success");
        ObjectNode data = object(props.putObject("data"), "The decisions; for stored contacts, with the page they are.", "results");
        ObjectNode dataProps = data.putObject("properties");
        for (String n : List.of("skip", "limit", "totalResults")) {
            dataProps.putObject(n).put("type", "integer").put("minimum", 0).put("description", "Stored contacts only.");
        }
        dataProps.putObject("hasMore").put("type", "boolean").put("description", "Stored contacts only: whether more follow.");
        ObjectNode result = object(dataProps.putObject("results").put("type", "array").putObject("items"),
                "Whether this contact may be called at the instant asked.", "phone", "zones", "decision", "reasons");
        ObjectNode resultProps = result.putObject("properties");
        resultProps.putObject("id").put("type", "string").put("description", "The contact's id, when the request gave one.");
        resultProps.putObject("phone").put("type", "string").put("description", "The number in E.164, or as sent when it could not be read.");
        resultProps.putObject("zones").put("type", "array").put("description", "The zones the contact may be in (IANA ids).")
                .putObject("items").put("type", "string");
        resultProps.putObject("decision").put("type", "string").put("description", "CALL now, WAIT until nextAllowedAt, or NEVER.")
                .putArray("enum").add("CALL").add("WAIT").add("NEVER");
        ObjectNode reason = object(resultProps.putObject("reasons").put("type", "array").putObject("items"), "Why not now.", "code", "message");
        reason.putObject("properties").putObject("code").put("type", "string").put("description", "A decision.* code; see codes.md.");
        ((ObjectNode) reason.get("properties")).putObject("message").put("type", "string");
        resultProps.putObject("nextAllowedAt").put("type", "string").put("format", "date-time").put("description", "WAIT only: the first allowed instant (UTC).");
        warnings(props);
        return answer;
    }

    /** One problem in a request: where (JSON pointer, wire names), what (code) and how bad. */
    private static ObjectNode violation() {
        ObjectNode violation = object(NODES.objectNode(), "One problem found in a request.", "pointer", "code", "message", "severity");
        ObjectNode props = violation.putObject("properties");
        props.putObject("pointer").put("type", "string").put("description", "RFC 6901 pointer into the request body, wire names.");
        props.putObject("code").put("type", "string").put("description", "Stable dotted code; see codes.md.");
        props.putObject("message").put("type", "string");
        props.putObject("severity").put("type", "string").putArray("enum").add("ERROR").add("WARNING");
        props.putObject("arguments").put("type", "object").put("description", "The values the message names, by name.");
        return violation;
    }

    /** RFC 9457 problem details with this project's {@code errors}: every violation, each with its pointer. */
    private static ObjectNode problem() {
        ObjectNode problem = object(NODES.objectNode(), "RFC 9457 problem details; errors lists every violation of a rejected body.",
                "type", "title", "status");
        ObjectNode props = problem.putObject("properties");
        props.putObject("type").put("type", "string").put("description", "A URI naming the kind of problem.");
        props.putObject("title").put("type", "string");
        props.putObject("status").put("type", "integer").put("description", "The HTTP status.");
        props.putObject("detail").put("type", "string");
        props.putObject("instance").put("type", "string").put("description", "urn:request:<the X-Request-Id of this request>.");
        props.putObject("errors").put("type", "array").putObject("items").put("$ref", ref(VIOLATION));
        props.set("campaignStatus", statusEnum().put("description", "On a 409 about the campaign's state: the state it is in."));
        props.putObject("trigger").put("description", "On invalid-trigger: the trigger sent (cut to a safe prefix), null when none was.")
                .putArray("type").add("string").add("null");
        props.putObject("nextAllowedAt").put("type", "string").put("format", "date-time")
                .put("description", "On call-not-allowed: the earliest instant at which the campaign may place the call, when there is one.");
        return problem;
    }

    private static void warnings(ObjectNode props) {
        props.putObject("warnings").put("type", "array").put("description", "What was accepted but deserves a look (severity WARNING).")
                .putObject("items").put("$ref", ref(VIOLATION));
    }

    private static ObjectNode statusEnum() {
        ObjectNode status = NODES.objectNode().put("type", "string").put("description", "The lifecycle state.");
        ArrayNode values = status.putArray("enum");
        for (CampaignStatus s : CampaignStatus.values()) values.add(s.wireName());
        return status;
    }

    private static ObjectNode object(ObjectNode node, String description, String... required) {
        node.put("type", "object").put("description", description);
        ArrayNode list = node.putArray("required");
        for (String r : required) list.add(r);
        return node;
    }

    private static String ref(String component) {
        return "#/components/schemas/" + component;
    }

    private static String lower(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }
}
