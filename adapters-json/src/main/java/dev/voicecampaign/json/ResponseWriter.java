package dev.voicecampaign.json;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.hours.WireDay;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.port.PageCursor;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.ScheduleRules;
import dev.voicecampaign.rules.decision.CallDecision;
import dev.voicecampaign.rules.decision.ContactDecision;
import dev.voicecampaign.rules.decision.DecideCalls;
import dev.voicecampaign.rules.decision.Reason;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented response bodies. {@code data} carries what the samples show, in their order, plus
 * our documented additions: {@code machineDetection} (the v2 word, since {@code enableMachineDetect}
 * is a boolean in every documented response and would lose {@code disconnect}), {@code queue_name}
 * for agent modes, {@code restrictedPeriods} when set, {@code campaignInstanceId} once run, and a
 * top-level {@code warnings} array when the request drew warnings.
 * Each body is written straight to JSON text, as the server sends it.
 */
public final class ResponseWriter {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Reads written bodies back into trees: our own output, so no request limits apply. */
    private static final ObjectMapper TREES = JsonMapper.builder().build();

    private ResponseWriter() {
    }

    /** Writes one JSON value to a generator. */
    @FunctionalInterface
    private interface JsonBody {
        void write(JsonGenerator g);
    }

    /** The body as JSON text in UTF-8. */
    private static byte[] json(JsonBody body) {
        return JsonTreeReader.MAPPER.writeValueAsBytes(new Writable(body));
    }

    /** The body as a tree (read back from its text). */
    private static ObjectNode tree(JsonBody body) {
        return (ObjectNode) TREES.readTree(json(body));
    }

    private static final class Writable extends JacksonSerializable.Base {
        private final JsonBody body;

        Writable(JsonBody body) {
            this.body = body;
        }

        @Override
        public void serialize(JsonGenerator g, SerializationContext context) {
            body.write(g);
        }

        @Override
        public void serializeWithType(JsonGenerator g, SerializationContext context, TypeSerializer type) {
            body.write(g);
        }
    }

    /** {@code {status: "success", message: "Campaign <name> creation in progress", data}}. */
    public static byte[] created(StoredCampaign c, Dialect dialect, Seq<Violation> warnings) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringProperty("status", "success");
            g.writeStringProperty("message", "Campaign " + c.campaign().name().value() + " creation in progress");
            g.writeName("data");
            data(g, c, dialect, false);
            warnings(g, warnings);
            g.writeEndObject();
        });
    }

    /** {@code {status, message: "Campaign <name> details updated successfully", id, data}} with the schedule flags. */
    public static byte[] updated(StoredCampaign c, Dialect dialect, Seq<Violation> warnings) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringProperty("status", "success");
            g.writeStringProperty("message", "Campaign " + c.campaign().name().value() + " details updated successfully");
            g.writeStringProperty("id", c.id().value());
            g.writeName("data");
            data(g, c, dialect, true);
            warnings(g, warnings);
            g.writeEndObject();
        });
    }

    /** A single campaign as GET answers it. */
    public static byte[] fetched(StoredCampaign c, Dialect dialect) {
        return withData(c, dialect, " details fetched successfully");
    }

    public static byte[] deleted(StoredCampaign c, Dialect dialect) {
        return withData(c, dialect, " deleted successfully");
    }

    private static byte[] withData(StoredCampaign c, Dialect dialect, String what) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringProperty("status", "success");
            g.writeStringProperty("message", "Campaign " + c.campaign().name().value() + what);
            g.writeName("data");
            data(g, c, dialect, true);
            g.writeEndObject();
        });
    }

    /** The answer to a trigger: the new status, the documented message, and the run's instance id. */
    public static byte[] triggered(StoredCampaign c, LifecycleEvent event) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringProperty("status", c.status().wireName());
            g.writeStringProperty("message", switch (event) {
                case PLAY -> "Campaign Started";
                case STOP -> "Campaign Stopped";
                case PAUSE -> "Campaign Paused";
                case RESUME -> "Campaign Resumed";
                default -> "Campaign " + c.status().wireName();
            });
            if (event == LifecycleEvent.PLAY) g.writeNumberProperty("totalCallsCompleted", 0);
            g.writeStringProperty("updatedAt", timestamp(c.updatedAt()));
            string(g, "campaignInstanceId", c.instanceId().map(Object::toString).orElse(null));
            g.writeEndObject();
        });
    }

    /** {@code {status: "UP"}}: a health probe's answer. */
    public static byte[] health() {
        return json(g -> {
            g.writeStartObject();
            g.writeStringProperty("status", "UP");
            g.writeEndObject();
        });
    }

    /** {@code {status: "success", data: {id, status, name}}}: the status route's answer. */
    public static byte[] status(StoredCampaign c) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringProperty("status", "success");
            g.writeObjectPropertyStart("data");
            g.writeStringProperty("id", c.id().value());
            g.writeStringProperty("status", c.status().wireName());
            g.writeStringProperty("name", c.campaign().name().value());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** The schedule route's answer, after scheduling ({@code enabled}) or removing the schedule, with the request's warnings. */
    public static byte[] scheduled(StoredCampaign c, boolean enabled, Seq<Violation> warnings) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringProperty("status", "success");
            g.writeStringProperty("message", enabled ? "Campaign scheduled successfully" : "Campaign schedule removed");
            g.writeStringProperty("id", c.id().value());
            warnings(g, warnings);
            g.writeEndObject();
        });
    }

    /** A page of campaigns as {@code getAllCampaignDetails} answers it, with the request's warnings. */
    public static byte[] page(Page<StoredCampaign> page, Seq<Violation> warnings) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringProperty("status", "success");
            g.writeObjectPropertyStart("data");
            g.writeArrayPropertyStart("results");
            for (StoredCampaign c : page.items()) data(g, c, Dialect.V2, true);
            g.writeEndArray();
            g.writeNumberProperty("skip", page.offset());
            g.writeNumberProperty("limit", page.limit());
            g.writeBooleanProperty("hasMore", page.hasMore());
            g.writeNumberProperty("totalPages", page.totalPages());
            g.writeNumberProperty("totalResults", page.total());
            if (page.next().isPresent()) g.writeStringProperty("nextCursor", PageCursor.encode(page.next().get()));
            g.writeEndObject();
            warnings(g, warnings);
            g.writeEndObject();
        });
    }

    /**
     * The decisions route's answer: {@code {status: "success", data: {results: [{id, phone, zones, decision, reasons,
     * nextAllowedAt}]}}}, one result per contact in the request's order; {@code id} when the contact had one,
     * {@code nextAllowedAt} (UTC) for {@code WAIT}; for stored contacts, the page ({@code skip, limit, hasMore,
     * totalResults}); the request's warnings.
     */
    public static byte[] decisions(List<ContactDecision> results, Seq<Violation> warnings, Optional<DecideCalls.StoredContactsPage> page) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringProperty("status", "success");
            g.writeObjectPropertyStart("data");
            g.writeArrayPropertyStart("results");
            for (ContactDecision result : results) decision(g, result);
            g.writeEndArray();
            if (page.isPresent()) {
                g.writeNumberProperty("skip", page.get().skip());
                g.writeNumberProperty("limit", page.get().limit());
                g.writeBooleanProperty("hasMore", page.get().hasMore());
                g.writeNumberProperty("totalResults", page.get().total());
            }
            g.writeEndObject();
            warnings(g, warnings);
            g.writeEndObject();
        });
    }

    private static void decision(JsonGenerator g, ContactDecision result) {
        CallDecision decision = result.decision();
        g.writeStartObject();
        if (result.id().isPresent()) g.writeStringProperty("id", result.id().get());
        g.writeStringProperty("phone", result.phone());
        g.writeArrayPropertyStart("zones");
        decision.zones().forEach(z -> g.writeString(z.getId()));
        g.writeEndArray();
        g.writeStringProperty("decision", switch (decision) {
            case CallDecision.Call c -> "CALL";
            case CallDecision.Wait w -> "WAIT";
            case CallDecision.Never n -> "NEVER";
        });
        g.writeArrayPropertyStart("reasons");
        for (Reason reason : decision.reasons()) {
            g.writeStartObject();
            g.writeStringProperty("code", reason.code());
            g.writeStringProperty("message", reason.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (decision instanceof CallDecision.Wait wait) g.writeStringProperty("nextAllowedAt", timestamp(wait.until()));
        g.writeEndObject();
    }

    /** A schedule's times and recurrence, in the schedule route's own shape, so a client can read back what it set. */
    private static void schedule(JsonGenerator g, Schedule s) {
        g.writeStringProperty("startDateTime", ScheduleRules.dateTime(s.start()));
        g.writeStringProperty("endDateTime", ScheduleRules.dateTime(s.end()));
        if (s.recurrence().isEmpty()) return;
        g.writeObjectPropertyStart("recurrenceObject");
        switch (s.recurrence().get()) {
            case Schedule.Recurrence.Daily d -> {
                g.writeStringProperty("recurType", ScheduleRules.DAILY);
                g.writeObjectPropertyStart("dailyDetails");
                g.writeNumberProperty("onceEveryNdays", d.everyNDays());
                g.writeEndObject();
            }
            case Schedule.Recurrence.Weekly w -> {
                g.writeStringProperty("recurType", ScheduleRules.WEEKLY);
                g.writeObjectPropertyStart("weeklyDetails");
                g.writeNumberProperty("onceEveryNweeks", w.everyNWeeks());
                g.writeArrayPropertyStart("whichDays");
                w.days().stream().sorted().forEach(d -> g.writeString(ScheduleRules.day(d)));
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }

    private static void warnings(JsonGenerator g, Seq<Violation> warnings) {
        if (!warnings.isEmpty()) {
            g.writeName("warnings");
            g.writeTree(ProblemWriter.entries(warnings));
        }
    }

    /** An instant as responses write it ({@link WireTimestamp}: UTC, milliseconds). */
    private static String timestamp(Instant t) {
        return WireTimestamp.format(t);
    }

    /** A stored campaign as the {@code data} object of a get answer (schedule included), for {@link VoiceCampaignModule}. */
    static void storedCampaign(JsonGenerator g, StoredCampaign stored, Dialect dialect) {
        data(g, stored, dialect, true);
    }

    /** Writes the campaign object of every response. */
    private static void data(JsonGenerator g, StoredCampaign stored, Dialect dialect, boolean withSchedule) {
        Campaign c = stored.campaign();
        g.writeStartObject();
        g.writeStringProperty("name", c.name().value());
        g.writeStringProperty("lname", stored.lname());
        g.writeStringProperty("description", c.description().value());
        if (dialect == Dialect.V2 && c.dncList().isPresent()) {
            g.writeObjectPropertyStart("dncLists");
            string(g, "id", stored.references().dncList().map(ResourceId::value).orElse(null));
            g.writeStringProperty("name", c.dncList().get().name());
            g.writeEndObject();
        }
        g.writeStringProperty("priority", c.priority().wireValue());
        g.writeStringProperty("dialingMode", c.mode().wireName());
        g.writeName("dialingStrategy");
        strategy(g, c.dialingStrategy(), dialect == Dialect.V2);
        switch (c) {
            case AgentlessCampaign a -> string(g, "experienceFlow", stored.references().experienceFlow().map(ResourceId::value).orElse(null));
            case ProgressiveCampaign p -> g.writeStringProperty(WireFields.QUEUE_NAME, p.queue().name());
            case PreviewCampaign p -> g.writeStringProperty(WireFields.QUEUE_NAME, p.queue().name());
        }
        g.writeStringProperty("status", stored.status().wireName());
        if (c instanceof PreviewCampaign p) g.writeNumberProperty("maxSkips", p.maxSkips().value());
        g.writeBooleanProperty("isFiltersEnabled", false);
        g.writeStringProperty("createdAt", timestamp(stored.createdAt()));
        g.writeStringProperty("updatedAt", timestamp(stored.updatedAt()));
        g.writeNumberProperty("version", stored.version());
        if (withSchedule) {
            g.writeObjectPropertyStart("schedule");
            g.writeBooleanProperty("isSchedulingEnabled", stored.schedule().isPresent());
            g.writeBooleanProperty("isRecurrenceEnabled", stored.schedule().flatMap(s -> s.recurrence()).isPresent());
            stored.schedule().ifPresent(s -> schedule(g, s));
            g.writeEndObject();
        }
        g.writeStringProperty("id", stored.id().value());
        g.writeArrayPropertyStart("contactLists");
        for (String name : c.contactLists().names()) g.writeString(name);
        g.writeEndArray();
        communicationLimits(g, c.communicationLimits());
        compliancePacks(g, c.compliancePacks());
        boolean detects = c instanceof AgentlessCampaign a && a.machineDetection().enabled();
        g.writeBooleanProperty("enableMachineDetect", detects);
        if (c instanceof AgentlessCampaign a) g.writeStringProperty("machineDetection", a.machineDetection().wireValue());
        if (stored.instanceId().isPresent()) g.writeStringProperty("campaignInstanceId", stored.instanceId().get().value());
        g.writeEndObject();
    }

    /** The communication limits, when there are any (the hosted API has none, so its bodies stay as they were). */
    static void communicationLimits(JsonGenerator g, List<CommunicationLimit> limits) {
        if (limits.isEmpty()) return;
        g.writeArrayPropertyStart("communicationLimits");
        for (CommunicationLimit l : limits) {
            g.writeStartObject();
            g.writeNumberProperty("maxCountPerRecipient", l.maxCountPerRecipient());
            g.writeNumberProperty("frequency", l.frequency());
            g.writeStringProperty("unit", CommunicationLimit.UNIT);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The compliance packs, when there are any. */
    static void compliancePacks(JsonGenerator g, List<String> packs) {
        if (packs.isEmpty()) return;
        g.writeArrayPropertyStart("compliancePacks");
        for (String id : packs) g.writeString(id);
        g.writeEndArray();
    }

    /** Our extensions' members (communication limits, compliance packs) in an object of their own, for request bodies. */
    static ObjectNode extensions(Campaign c) {
        return tree(g -> {
            g.writeStartObject();
            communicationLimits(g, c.communicationLimits());
            compliancePacks(g, c.compliancePacks());
            g.writeEndObject();
        });
    }

    static void strategy(JsonGenerator g, DialingStrategy s, boolean systemMappings) {
        g.writeStartObject();
        g.writeObjectPropertyStart("callerId");
        g.writeStringProperty("phoneNumber", s.callerId().e164());
        g.writeEndObject();
        g.writeName("callingHours");
        callingHours(g, s.callingHours(), true);
        g.writeStringProperty("dialingOrder", s.dialingOrder().name());
        g.writeNumberProperty("maxAttemptsPerRecord", s.maxAttemptsPerRecord().value());
        g.writeNumberProperty("defaultRetryPeriod", s.defaultRetryPeriod().minutes());
        g.writeNumberProperty("maxRingTime", s.maxRingTime().seconds());
        if (systemMappings) g.writeBooleanProperty("useSystemMappings", false);
        g.writeEndObject();
    }

    /** Calling hours; {@code responseOrder} puts {@code start, end, day} as the samples' responses do. */
    static ObjectNode callingHours(CallingHours h, boolean responseOrder) {
        return tree(g -> callingHours(g, h, responseOrder));
    }

    static void callingHours(JsonGenerator g, CallingHours h, boolean responseOrder) {
        g.writeStartObject();
        g.writeStringProperty("frequency", h.frequency().name());
        if (!responseOrder) g.writeStringProperty("timezone", h.zone().getId());
        g.writeArrayPropertyStart("days");
        for (CallingWindow w : h.windows()) {
            g.writeStartObject();
            if (!responseOrder && w.day().isPresent()) g.writeStringProperty("day", WireDay.format(w.day().get()));
            g.writeStringProperty("start", WireTime.format(w.start()));
            g.writeStringProperty("end", WireTime.format(w.end()));
            if (responseOrder && h.frequency() != Frequency.DAILY && w.day().isPresent()) g.writeStringProperty("day", WireDay.format(w.day().get()));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (responseOrder) g.writeStringProperty("timezone", h.zone().getId());
        if (!h.restrictedPeriods().isEmpty()) {
            g.writeArrayPropertyStart("restrictedPeriods");
            for (RestrictedPeriod p : h.restrictedPeriods()) restricted(g, p);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void restricted(JsonGenerator g, RestrictedPeriod p) {
        g.writeStartObject();
        switch (p) {
            case RestrictedPeriod.OneOff one -> {
                g.writeStringProperty("from", one.first().toString());
                g.writeStringProperty("to", one.last().toString());
            }
            case RestrictedPeriod.Yearly yearly -> {
                g.writeStringProperty("from", yearly.first().toString());
                g.writeStringProperty("to", yearly.last().toString());
                g.writeBooleanProperty("yearly", true);
            }
        }
        p.label().filter(label -> !label.isEmpty()).ifPresent(label -> g.writeStringProperty("label", label));
        g.writeEndObject();
    }

    /** A string property, or {@code null} when there is no value. */
    private static void string(JsonGenerator g, String name, String value) {
        if (value == null) g.writeNullProperty(name);
        else g.writeStringProperty(name, value);
    }
}
