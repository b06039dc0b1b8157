package dev.voicecampaign.docs.pages;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.docs.GeneratedFile;
import dev.voicecampaign.docs.examples.Exchange;
import dev.voicecampaign.docs.model.ModeDialect;
import dev.voicecampaign.docs.schema.JsonSchemaGenerator;
import dev.voicecampaign.docs.schema.ResponseSchemas;
import dev.voicecampaign.http.auth.TokenVerifier;
import dev.voicecampaign.http.routing.Route;
import dev.voicecampaign.http.routing.RouteId;
import dev.voicecampaign.http.routing.RouteMatch;
import dev.voicecampaign.http.routing.Router;
import dev.voicecampaign.json.ProblemWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code openapi.json}: OpenAPI 3.1 for every route of the reference server, with the request
 * schemas generated from the rule sets, the problem+json error, the auth headers, and examples
 * taken from the executed walk ({@link Exchange}s).
 */
public final class OpenApiPage {
    public static final String PATH = "openapi.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** What the docs say about one route. */
    record Operation(String summary, List<String> query, Optional<String> requestSchema, String description) {
    }

    private OpenApiPage() {
    }

    /** A stable, readable operation id per route, as client generators name their methods. */
    static String operationId(RouteId id) {
        return switch (id) {
            case CREATE_V2 -> "createCampaignV2";
            case CREATE_V1 -> "createCampaignV1";
            case UPDATE_V2 -> "updateCampaignV2";
            case UPDATE_V1 -> "updateCampaignV1";
            case GET_V2 -> "getCampaignV2";
            case GET_V1 -> "getCampaignV1";
            case LIST -> "listCampaigns";
            case DELETE_V2 -> "deleteCampaignV2";
            case DELETE_V1 -> "deleteCampaignV1";
            case TRIGGER_V2 -> "triggerCampaignV2";
            case TRIGGER_V1 -> "triggerCampaignV1";
            case STATUS -> "getCampaignStatus";
            case SCHEDULE -> "scheduleCampaign";
            case DECISIONS -> "decideCalls";
            case HEALTH_LIVE -> "getLiveness";
            case HEALTH_READY -> "getReadiness";
            case CONTACT_LIST_CREATE -> "createContactList";
            case CONTACT_LISTS -> "listContactLists";
            case CONTACT_LIST_GET -> "getContactList";
            case CONTACT_LIST_DELETE -> "deleteContactList";
            case CONTACTS_UPLOAD -> "uploadContacts";
            case CONTACTS -> "listContacts";
            case CONTACT_DELETE -> "deleteContact";
            case DNC_LIST_CREATE -> "createDncList";
            case DNC_LISTS -> "listDncLists";
            case DNC_LIST_GET -> "getDncList";
            case DNC_LIST_DELETE -> "deleteDncList";
            case DNC_NUMBERS_UPLOAD -> "uploadDncNumbers";
            case DNC_NUMBERS -> "listDncNumbers";
            case DNC_NUMBER_DELETE -> "deleteDncNumber";
            case CALLBACK_CREATE -> "scheduleCallback";
            case CALLBACKS -> "listCallbacks";
            case CALLBACK_DELETE -> "cancelCallback";
        };
    }

    /** The resource a route belongs to, as the document's tags group them. */
    static String tag(RouteId id) {
        return switch (id) {
            case CREATE_V2, CREATE_V1, UPDATE_V2, UPDATE_V1, GET_V2, GET_V1, LIST, DELETE_V2, DELETE_V1 -> "Campaigns";
            case TRIGGER_V2, TRIGGER_V1, STATUS, SCHEDULE -> "Lifecycle";
            case DECISIONS -> "Call decisions";
            case HEALTH_LIVE, HEALTH_READY -> "Health";
            case CONTACT_LIST_CREATE, CONTACT_LISTS, CONTACT_LIST_GET, CONTACT_LIST_DELETE, CONTACTS_UPLOAD, CONTACTS, CONTACT_DELETE -> "Contact lists";
            case DNC_LIST_CREATE, DNC_LISTS, DNC_LIST_GET, DNC_LIST_DELETE, DNC_NUMBERS_UPLOAD, DNC_NUMBERS, DNC_NUMBER_DELETE -> "DNC lists";
            case CALLBACK_CREATE, CALLBACKS, CALLBACK_DELETE -> "Callbacks";
        };
    }

    static Operation operation(RouteId id) {
        String dialect = id.dialect().name().toLowerCase(java.util.Locale.ROOT);
        return switch (id) {
            case CREATE_V2 -> new Operation("Create a campaign (v2)", List.of("campaignType"),
                    Optional.of("campaign-" + dialect), "Creates a campaign; it is Preparing, then Ready once its names resolve.");
            case CREATE_V1 -> new Operation("Create a campaign (v1)", List.of("campaignType"), Optional.of("campaign-" + dialect),
                    "Creates a campaign from a v1 body.");
            case UPDATE_V2, UPDATE_V1 -> new Operation("Update a campaign by id (" + dialect + ")", List.of("campaignType"),
                    Optional.of("campaign-" + dialect), "Full replacement; refused (409) in states that forbid the edit.");
            case GET_V2, GET_V1 -> new Operation("Get a campaign by id (" + dialect + ")", List.of("campaignType"), Optional.empty(),
                    "The campaign with its status and schedule flags.");
            case DELETE_V2, DELETE_V1 -> new Operation("Delete a campaign (" + dialect + ")", List.of("campaignType"), Optional.empty(),
                    "Refused (409) while Active or Paused.");
            case TRIGGER_V2, TRIGGER_V1 -> new Operation("Start, stop, pause or resume (" + dialect + ")",
                    List.of("campaignType", "trigger"), Optional.of("empty"),
                    "trigger=play|stop; pause and resume are our extension. play after Stopped or Completed reruns under a new instance id.");
            case STATUS -> new Operation("Campaign status", List.of("view"), Optional.of("empty"), "Id, name and status; view, if sent, is status.");
            case LIST -> new Operation("List campaigns", List.of(), Optional.of("list-request"),
                    "Paged (skip/page/limit), sorted (name, createdAt, updatedAt) and filtered (status, priority, dialingMode).");
            case SCHEDULE -> new Operation("Schedule a campaign", List.of("enableSchedule", "campaignName"), Optional.of("schedule-request"),
                    "Keyed by name. startDateTime/endDateTime are YYYY-MM-DD HH:mm:ss in the campaign's zone; the server starts it at its time.");
            case HEALTH_LIVE -> new Operation("Liveness", List.of(), Optional.empty(),
                    "200 while the process serves requests. No token, not rate limited.");
            case HEALTH_READY -> new Operation("Readiness", List.of(), Optional.empty(),
                    "200 when the campaign storage answers a read, else 503 not-ready. No token, not rate limited.");
            case CONTACT_LIST_CREATE -> new Operation("Create a contact list", List.of(), Optional.of("contact-list-request"),
                    "Our extension: a new, empty list of the app; its name is unique in the app (case and spacing ignored).");
            case CONTACT_LISTS -> new Operation("List contact lists", List.of("skip", "limit"), Optional.empty(),
                    "The app's lists, oldest first: skip from 0, limit 1 to 100 (default 10).");
            case CONTACT_LIST_GET -> new Operation("Get a contact list", List.of(), Optional.empty(), "The list with how many contacts it holds.");
            case CONTACT_LIST_DELETE -> new Operation("Delete a contact list", List.of(), Optional.empty(),
                    "The list and its contacts; 409 list-in-use while a campaign that is not Stopped or Completed uses it.");
            case CONTACTS_UPLOAD -> new Operation("Add contacts", List.of(), Optional.of("contacts-upload"),
                    "JSON, or text/csv with a header row (phone, and id, zone, postalCode, region if wanted; other columns ignored), "
                            + "up to 16 MiB. Each contact is checked (number read with libphonenumber, zone known, id and number unique "
                            + "in the list); every good one is stored in one transaction, each refused one reported with its row and field.");
            case CONTACTS -> new Operation("List contacts", List.of("skip", "limit"), Optional.empty(),
                    "A list's contacts in the order they were added: skip from 0, limit 1 to 100 (default 10).");
            case CONTACT_DELETE -> new Operation("Delete a contact", List.of(), Optional.empty(), "Removes one contact; answers the list.");
            case DNC_LIST_CREATE -> new Operation("Create a DNC list", List.of(), Optional.of("contact-list-request"),
                    "Our extension: a new, empty list of numbers never to call; its name is unique among the app's DNC lists. "
                            + "A campaign naming it in dncLists decides each number on it NEVER (decision.dnc).");
            case DNC_LISTS -> new Operation("List DNC lists", List.of("skip", "limit"), Optional.empty(),
                    "The app's DNC lists, oldest first: skip from 0, limit 1 to 100 (default 10).");
            case DNC_LIST_GET -> new Operation("Get a DNC list", List.of(), Optional.empty(), "The list with how many numbers it holds.");
            case DNC_LIST_DELETE -> new Operation("Delete a DNC list", List.of(), Optional.empty(),
                    "The list and its numbers; 409 list-in-use while a campaign that is not Stopped or Completed uses it.");
            case DNC_NUMBERS_UPLOAD -> new Operation("Add DNC numbers", List.of(), Optional.of("dnc-numbers-upload"),
                    "JSON, or text/csv with a header row (phone, and region if wanted; other columns ignored), up to 16 MiB. Each number is "
                            + "read with libphonenumber and stored in E.164 once; every good one is stored in one transaction, each refused one "
                            + "reported with its row and field.");
            case DNC_NUMBERS -> new Operation("List DNC numbers", List.of("skip", "limit"), Optional.empty(),
                    "A DNC list's numbers in the order they were added: skip from 0, limit 1 to 100 (default 10).");
            case DNC_NUMBER_DELETE -> new Operation("Delete a DNC number", List.of(), Optional.empty(),
                    "Removes one number, given in E.164 with or without its +; answers the list.");
            case CALLBACK_CREATE -> new Operation("Schedule a callback", List.of(), Optional.of("callback-request"),
                    "Our extension: a call promised at callContactAt to a phone, or to a contact of the campaign's stored lists by contactId. "
                            + "Stored only when the campaign's call decision allows the call then; otherwise 400 call-not-allowed with every "
                            + "reason and, for a wait, nextAllowedAt. 409 campaign-closed for a Stopped or Completed campaign.");
            case CALLBACKS -> new Operation("List callbacks", List.of("from", "to", "skip", "limit"), Optional.empty(),
                    "The campaign's callbacks soonest first, due from `from` to `to` (ISO-8601 instants, to exclusive; either left out "
                            + "for no bound): skip from 0, limit 1 to 100 (default 10).");
            case CALLBACK_DELETE -> new Operation("Cancel a callback", List.of(), Optional.empty(), "Removes one callback of the campaign.");
            case DECISIONS -> new Operation("Call decisions", List.of(), Optional.of("decisions-request"),
                    "Our extension: for each contact, whether the campaign may call it at the instant asked (CALL), when it next may (WAIT, "
                            + "nextAllowedAt), or NEVER, with every reason; read at the contact's local time under the campaign's compliance packs.");
        };
    }

    /** Query parameters a request may leave out. */
    private static final java.util.Set<String> OPTIONAL_QUERY = java.util.Set.of("view", "skip", "limit", "from", "to");

    public static GeneratedFile of(List<Exchange> exchanges) {
        ObjectNode root = NODES.objectNode();
        root.put("openapi", "3.1.0");
        root.putObject("info").put("title", "Voice campaign API (reference server)").put("version", "0.1.0")
                .put("description", "Generated by ./dev docs from the router, the rule sets and an executed walk; do not edit.")
                // the project has chosen no licence, so the legal default holds; said here so that nobody reads one into silence
                .putObject("license").put("name", "All rights reserved (no licence has been chosen yet)")
                .put("identifier", "LicenseRef-All-Rights-Reserved");
        ArrayNode servers = root.putArray("servers");
        servers.addObject().put("url", "http://localhost:8080").put("description", "The reference server as ./dev serve starts it");
        ObjectNode deployed = servers.addObject().put("url", "https://{host}").put("description", "A deployment of your own");
        deployed.putObject("variables").putObject("host").put("default", "campaigns.internal")
                .put("description", "Your deployment's host name (the .internal default is a reserved placeholder)");
        ArrayNode tags = root.putArray("tags");
        tags.addObject().put("name", "Campaigns").put("description", "Create, read, update, list and delete campaigns, in both dialects.");
        tags.addObject().put("name", "Lifecycle").put("description", "Start, stop, pause and resume; status; schedules.");
        tags.addObject().put("name", "Call decisions").put("description", "Whether each contact may be called now, and if not, when.");
        tags.addObject().put("name", "Contact lists").put("description", "The app's contact lists and their contacts, uploaded in JSON or CSV.");
        tags.addObject().put("name", "DNC lists").put("description", "The app's lists of numbers never to call, uploaded in JSON or CSV.");
        tags.addObject().put("name", "Callbacks").put("description", "Calls promised to a person at an instant, kept only when the campaign may call then.");
        tags.addObject().put("name", "Health").put("description", "Probes for a process supervisor: no token, no rate limit.");
        root.putArray("security").addObject().putArray("jwt");
        ObjectNode paths = root.putObject("paths");
        for (Route route : Router.ROUTES) {
            ObjectNode item = paths.has(route.template()) ? (ObjectNode) paths.get(route.template()) : paths.putObject(route.template());
            item.set(route.method().toLowerCase(java.util.Locale.ROOT), operationNode(route, exchanges));
        }
        root.set("components", components());
        return new GeneratedFile(PATH, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private static ObjectNode operationNode(Route route, List<Exchange> exchanges) {
        Operation op = operation(route.id());
        ObjectNode node = NODES.objectNode();
        node.put("operationId", operationId(route.id()));
        node.putArray("tags").add(tag(route.id()));
        node.put("summary", op.summary()).put("description", op.description());
        ArrayNode parameters = node.putArray("parameters");
        Matcher m = VARIABLE.matcher(route.template());
        while (m.find()) parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true).putObject("schema").put("type", "string");
        op.query().forEach(q -> {
            ObjectNode schema = parameters.addObject().put("name", q).put("in", "query").put("required", !OPTIONAL_QUERY.contains(q))
                    .putObject("schema").put("type", "string");
            List<String> values = queryValues(q);
            if (!values.isEmpty()) values.forEach(schema.putArray("enum")::add);
        });
        boolean open = route.id().isOpen();
        if (open) node.putArray("security");
        if (!open) {
            parameters.addObject().put("$ref", "#/components/parameters/iid");
            parameters.addObject().put("$ref", "#/components/parameters/accountId");
        }
        boolean conditional = switch (route.id()) {
            case UPDATE_V1, UPDATE_V2, DELETE_V1, DELETE_V2, TRIGGER_V1, TRIGGER_V2 -> true;
            default -> false;
        };
        if (conditional) parameters.addObject().put("$ref", "#/components/parameters/ifMatch");
        Optional<Exchange> example = exchanges.stream().filter(e -> routeOf(e).equals(Optional.of(route.id())))
                .filter(e -> e.response().status() == 200).findFirst();
        op.requestSchema().ifPresent(schema -> {
            ObjectNode content = node.putObject("requestBody").put("required", true).putObject("content");
            ObjectNode media = content.putObject("application/json");
            media.putObject("schema").put("$ref", "#/components/schemas/" + schema);
            example.filter(e -> e.request().body() != null).ifPresent(e -> media.set("example", JSON.readTree(e.request().body())));
            if (route.id().isUpload()) {
                content.putObject("text/csv").put("example", route.id() == RouteId.DNC_NUMBERS_UPLOAD ? "phone,region\n+14155550199,\n(415) 555-0198,US\n"
                                : "phone,id,zone,region\n+14155550101,c-1,America/Los_Angeles,\n(415) 555-0102,,,US\n")
                        .putObject("schema").put("type", "string")
                        .put("description", "A header row naming the columns, then a contact per row (UTF-8).");
            }
        });
        ObjectNode responses = node.putObject("responses");
        ObjectNode success = responses.putObject("200").put("description", "Success");
        boolean tagged = switch (route.id()) {
            case CREATE_V1, CREATE_V2, GET_V1, GET_V2, UPDATE_V1, UPDATE_V2, TRIGGER_V1, TRIGGER_V2 -> true;
            default -> false;
        };
        if (tagged) {
            success.putObject("headers").putObject("ETag").put("description", "The campaign's stored version, such as \"3\"; "
                    + "send it back in If-Match to change the campaign only if nobody changed it since.").putObject("schema").put("type", "string");
        }
        ObjectNode ok = success.putObject("content").putObject("application/json");
        ok.putObject("schema").put("$ref", "#/components/schemas/" + answerSchema(route.id()));
        example.ifPresent(e -> ok.set("example", JSON.readTree(e.response().body())));
        List<String> failures = new java.util.ArrayList<>(open ? List.of("503") : List.of("400", "401", "403", "404", "405", "409", "413", "415", "429"));
        if (conditional) failures.add("412");
        for (String status : failures) {
            Optional<Exchange> failed = exchanges.stream().filter(e -> routeOf(e).equals(Optional.of(route.id())))
                    .filter(e -> Integer.toString(e.response().status()).equals(status)).findFirst();
            if (failed.isEmpty()) {
                responses.putObject(status).put("$ref", "#/components/responses/problem" + status);
            } else {
                ObjectNode problem = problemResponse(status);
                ((ObjectNode) problem.get("content").get(ProblemWriter.MEDIA_TYPE)).set("example", JSON.readTree(failed.get().response().body()));
                responses.set(status, problem);
            }
        }
        return node;
    }

    /** The values the server accepts for a query parameter, when it accepts only a few; empty for free text. */
    static List<String> queryValues(String parameter) {
        return switch (parameter) {
            case "campaignType" -> List.of(dev.voicecampaign.rules.CampaignRuleSets.VOICE);
            case "trigger" -> java.util.Arrays.stream(dev.voicecampaign.core.lifecycle.LifecycleEvent.values())
                    .flatMap(e -> e.trigger().stream()).toList();
            case "view" -> List.of("status");
            case "enableSchedule" -> List.of("true", "false");
            default -> List.of();
        };
    }

    /** The component schema of a route's 200 answer. */
    static String answerSchema(RouteId id) {
        return switch (id) {
            case CREATE_V2, UPDATE_V2, GET_V2, DELETE_V2 -> ResponseSchemas.campaignAnswer(Dialect.V2);
            case CREATE_V1, UPDATE_V1, GET_V1, DELETE_V1 -> ResponseSchemas.campaignAnswer(Dialect.V1);
            case LIST -> ResponseSchemas.PAGE;
            case TRIGGER_V2, TRIGGER_V1 -> ResponseSchemas.TRIGGER;
            case STATUS -> ResponseSchemas.STATUS;
            case SCHEDULE -> ResponseSchemas.SCHEDULE;
            case DECISIONS -> ResponseSchemas.DECISIONS;
            case HEALTH_LIVE, HEALTH_READY -> ResponseSchemas.HEALTH;
            case CONTACT_LIST_CREATE, CONTACT_LIST_GET, CONTACT_LIST_DELETE, CONTACT_DELETE -> ResponseSchemas.CONTACT_LIST_ANSWER;
            case CONTACT_LISTS -> ResponseSchemas.CONTACT_LIST_PAGE;
            case CONTACTS -> ResponseSchemas.CONTACTS_PAGE;
            case CONTACTS_UPLOAD -> ResponseSchemas.UPLOAD;
            case DNC_LIST_CREATE, DNC_LIST_GET, DNC_LIST_DELETE, DNC_NUMBER_DELETE -> ResponseSchemas.DNC_LIST_ANSWER;
            case DNC_LISTS -> ResponseSchemas.DNC_LIST_PAGE;
            case DNC_NUMBERS -> ResponseSchemas.DNC_NUMBERS_PAGE;
            case DNC_NUMBERS_UPLOAD -> ResponseSchemas.DNC_UPLOAD;
            case CALLBACK_CREATE -> ResponseSchemas.CALLBACK_ANSWER;
            case CALLBACKS -> ResponseSchemas.CALLBACKS_PAGE;
            case CALLBACK_DELETE -> ResponseSchemas.CALLBACK_CANCELLED;
        };
    }

    /** What each failure status means on these routes. */
    private static final Map<String, String> PROBLEMS = problemMeanings();

    private static Map<String, String> problemMeanings() {
        Map<String, String> meanings = new LinkedHashMap<>();
        meanings.put("400", "The request is invalid; errors[] lists every violation.");
        meanings.put("401", "No valid token (missing, malformed, wrong signature, expired, algorithm not HS256).");
        meanings.put("403", "The token's app does not own the stream in the path or the iid header.");
        meanings.put("404", "No such route, or no such campaign, contact list, DNC list or callback in this app (another app's included).");
        meanings.put("405", "The path exists for other methods.");
        meanings.put("409", "Illegal lifecycle move, an edit the state forbids, a name taken, a concurrent update, (at play) names that no longer resolve, a contact or DNC list in use, or a callback for a Stopped or Completed campaign.");
        meanings.put("412", "If-Match named a version the campaign is no longer at; ETag gives the current one. Nothing changed.");
        meanings.put("413", "Body over the limit (1 MiB; 16 MiB for contact uploads).");
        meanings.put("415", "Body not JSON (nor CSV, for contact uploads).");
        meanings.put("429", "Over the per-account rate limit; Retry-After says when to retry.");
        meanings.put("503", "The campaign storage does not answer (storage-unavailable; not-ready from readiness); Retry-After says when to retry.");
        return java.util.Collections.unmodifiableMap(meanings);
    }

    /** A failure answer: its meaning and the problem document. */
    private static ObjectNode problemResponse(String status) {
        ObjectNode response = NODES.objectNode().put("description", PROBLEMS.get(status));
        response.putObject("content").putObject(ProblemWriter.MEDIA_TYPE).putObject("schema").put("$ref", "#/components/schemas/" + ResponseSchemas.PROBLEM);
        return response;
    }

    /** The route an executed exchange went to. */
    static Optional<RouteId> routeOf(Exchange e) {
        String target = e.request().target();
        int q = target.indexOf('?');
        return new Router().match(e.request().method(), q < 0 ? target : target.substring(0, q)) instanceof RouteMatch.Matched m
                ? Optional.of(m.id()) : Optional.empty();
    }

    private static ObjectNode components() {
        ObjectNode components = NODES.objectNode();
        ObjectNode schemas = components.putObject("schemas");
        for (Dialect dialect : List.of(Dialect.V2, Dialect.V1)) {
            ObjectNode campaign = schemas.putObject("campaign-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode oneOf = campaign.putArray("oneOf");
            ObjectNode mapping = campaign.putObject("discriminator").put("propertyName", "dialingMode").putObject("mapping");
            for (DialingMode mode : DialingMode.values()) {
                ModeDialect shape = new ModeDialect(mode, dialect);
                ObjectNode schema = JsonSchemaGenerator.schema(shape);
                schema.remove("$schema");
                schema.remove("$id");
                schemas.set(shape.slug(), schema);
                oneOf.addObject().put("$ref", "#/components/schemas/" + shape.slug());
                mapping.put(mode.wireName(), "#/components/schemas/" + shape.slug());
            }
        }
        schemas.putObject("empty").put("type", "object").put("description", "An empty object, {}.");
        schemas.set("list-request", JsonSchemaGenerator.listRequest());
        schemas.set("schedule-request", JsonSchemaGenerator.scheduleRequest());
        schemas.set("decisions-request", JsonSchemaGenerator.decisionsRequest());
        schemas.set("contact-list-request", JsonSchemaGenerator.contactListRequest());
        schemas.set("contacts-upload", JsonSchemaGenerator.contactsUpload());
        schemas.set("dnc-numbers-upload", JsonSchemaGenerator.dncNumbersUpload());
        schemas.set("callback-request", JsonSchemaGenerator.callbackRequest());
        ResponseSchemas.addTo(schemas);

        ObjectNode responses = components.putObject("responses");
        PROBLEMS.keySet().forEach(status -> responses.set("problem" + status, problemResponse(status)));

        ObjectNode parameters = components.putObject("parameters");
        parameters.putObject("iid").put("name", "iid").put("in", "header").put("required", true).put("description", "The app (stream) id.")
                .putObject("schema").put("type", "string");
        parameters.putObject("accountId").put("name", "accountId").put("in", "header").put("required", true)
                .put("description", "The account id; the rate limit counts per account.").putObject("schema").put("type", "string");
        parameters.putObject("ifMatch").put("name", "If-Match").put("in", "header").put("required", false)
                .put("description", "Optional: * or the ETag a read gave (one strong tag). The change is made only if the campaign "
                        + "is still at that version, else 412; without it the change is made whatever the version.")
                .putObject("schema").put("type", "string");
        components.putObject("securitySchemes").putObject("jwt").put("type", "apiKey").put("in", "header").put("name", "auth")
                .put("description", "A JWT in compact form signed HS256 with the app's client secret, claim appId = the app's client id; "
                        + "exp required, at most " + TokenVerifier.MAX_LIFETIME.toHours() + " hours after iat.");
        return components;
    }
}
