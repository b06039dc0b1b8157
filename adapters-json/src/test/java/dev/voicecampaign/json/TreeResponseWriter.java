package dev.voicecampaign.json;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The response writer as it was before it wrote JSON text directly (building a Jackson tree): the reference the streaming writer is checked against. */
final class TreeResponseWriter {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private TreeResponseWriter() {
    }

    /** {@code {status: "success", message: "Campaign <name> creation in progress", data}}. */
    public static ObjectNode created(StoredCampaign c, Dialect dialect, Seq<Violation> warnings) {
        ObjectNode body = NODES.objectNode();
        body.put("status", "success");
        body.put("message", "Campaign " + c.campaign().name().value() + " creation in progress");
        body.set("data", data(c, dialect, false));
        return withWarnings(body, warnings);
    }

    /** {@code {status, message: "Campaign <name> details updated successfully", id, data}} with the schedule flags. */
    public static ObjectNode updated(StoredCampaign c, Dialect dialect, Seq<Violation> warnings) {
        ObjectNode body = NODES.objectNode();
        body.put("status", "success");
        body.put("message", "Campaign " + c.campaign().name().value() + " details updated successfully");
        body.put("id", c.id().value());
        body.set("data", data(c, dialect, true));
        return withWarnings(body, warnings);
    }

    /** A single campaign as GET answers it. */
    public static ObjectNode fetched(StoredCampaign c, Dialect dialect) {
        ObjectNode body = NODES.objectNode();
        body.put("status", "success");
        body.put("message", "Campaign " + c.campaign().name().value() + " details fetched successfully");
        body.set("data", data(c, dialect, true));
        return body;
    }

    public static ObjectNode deleted(StoredCampaign c, Dialect dialect) {
        ObjectNode body = NODES.objectNode();
        body.put("status", "success");
        body.put("message", "Campaign " + c.campaign().name().value() + " deleted successfully");
        body.set("data", data(c, dialect, true));
        return body;
    }

    static ObjectNode withWarnings(ObjectNode body, Seq<Violation> warnings) {
        if (!warnings.isEmpty()) body.set("warnings", ProblemWriter.entries(warnings));
        return body;
    }

    public static String timestamp(Instant t) {
        return TIMESTAMP.format(t);
    }

    /** The campaign object of every response. */
    public static ObjectNode data(StoredCampaign stored, Dialect dialect, boolean withSchedule) {
        Campaign c = stored.campaign();
        ObjectNode d = NODES.objectNode();
        d.put("name", c.name().value());
        d.put("lname", stored.lname());
        d.put("description", c.description().value());
        if (dialect == Dialect.V2) {
            c.dncList().ifPresent(dnc -> {
                ObjectNode o = d.putObject("dncLists");
                o.put("id", stored.references().dncList().map(ResourceId::value).orElse(null));
                o.put("name", dnc.name());
            });
        }
        d.put("priority", c.priority().wireValue());
        d.put("dialingMode", c.mode().wireName());
        d.set("dialingStrategy", strategy(c.dialingStrategy(), dialect == Dialect.V2));
        switch (c) {
            case AgentlessCampaign a -> d.put("experienceFlow", stored.references().experienceFlow().map(ResourceId::value).orElse(null));
            case ProgressiveCampaign p -> d.put(WireFields.QUEUE_NAME, p.queue().name());
            case PreviewCampaign p -> d.put(WireFields.QUEUE_NAME, p.queue().name());
        }
        d.put("status", stored.status().wireName());
        if (c instanceof PreviewCampaign p) d.put("maxSkips", p.maxSkips().value());
        d.put("isFiltersEnabled", false);
        d.put("createdAt", timestamp(stored.createdAt()));
        d.put("updatedAt", timestamp(stored.updatedAt()));
        if (withSchedule) {
            ObjectNode schedule = d.putObject("schedule");
            schedule.put("isSchedulingEnabled", stored.schedule().isPresent());
            schedule.put("isRecurrenceEnabled", stored.schedule().flatMap(s -> s.recurrence()).isPresent());
        }
        d.put("id", stored.id().value());
        ArrayNode lists = d.putArray("contactLists");
        c.contactLists().names().forEach(lists::add);
        boolean detects = c instanceof AgentlessCampaign a && a.machineDetection().enabled();
        d.put("enableMachineDetect", detects);
        if (c instanceof AgentlessCampaign a) d.put("machineDetection", a.machineDetection().wireValue());
        stored.instanceId().ifPresent(i -> d.put("campaignInstanceId", i.value()));
        return d;
    }

    static ObjectNode strategy(DialingStrategy s, boolean systemMappings) {
        ObjectNode o = NODES.objectNode();
        o.putObject("callerId").put("phoneNumber", s.callerId().e164());
        o.set("callingHours", callingHours(s.callingHours(), true));
        o.put("dialingOrder", s.dialingOrder().name());
        o.put("maxAttemptsPerRecord", s.maxAttemptsPerRecord().value());
        o.put("defaultRetryPeriod", s.defaultRetryPeriod().minutes());
        o.put("maxRingTime", s.maxRingTime().seconds());
        if (systemMappings) o.put("useSystemMappings", false);
        return o;
    }

    /** Calling hours; {@code responseOrder} puts {@code start, end, day} as the samples' responses do. */
    static ObjectNode callingHours(CallingHours h, boolean responseOrder) {
        ObjectNode o = NODES.objectNode();
        o.put("frequency", h.frequency().name());
        if (!responseOrder) o.put("timezone", h.zone().getId());
        ArrayNode days = o.putArray("days");
        for (CallingWindow w : h.windows()) {
            ObjectNode day = NODES.objectNode();
            if (!responseOrder) w.day().ifPresent(dd -> day.put("day", dayName(dd)));
            day.put("start", WireTime.format(w.start()));
            day.put("end", WireTime.format(w.end()));
            if (responseOrder && h.frequency() != Frequency.DAILY) w.day().ifPresent(dd -> day.put("day", dayName(dd)));
            days.add(day);
        }
        if (responseOrder) o.put("timezone", h.zone().getId());
        if (!h.restrictedPeriods().isEmpty()) {
            ArrayNode periods = o.putArray("restrictedPeriods");
            for (RestrictedPeriod p : h.restrictedPeriods()) periods.add(restricted(p));
        }
        return o;
    }

    static ObjectNode restricted(RestrictedPeriod p) {
        ObjectNode o = NODES.objectNode();
        switch (p) {
            case RestrictedPeriod.OneOff one -> {
                o.put("from", one.first().toString());
                o.put("to", one.last().toString());
            }
            case RestrictedPeriod.Yearly yearly -> {
                o.put("from", yearly.first().toString());
                o.put("to", yearly.last().toString());
                o.put("yearly", true);
            }
        }
        if (!p.label().isEmpty()) o.put("label", p.label());
        return o;
    }

    static final List<String> DAY_NAMES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    static String dayName(java.time.DayOfWeek day) {
        return DAY_NAMES.get(day.getValue() - 1);
    }
}
