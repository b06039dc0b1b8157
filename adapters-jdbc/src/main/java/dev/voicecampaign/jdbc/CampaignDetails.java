package dev.voicecampaign.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.ContactListRef;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON document kept in the {@code details} column: the nested value parts of a stored
 * campaign (contact lists, calling hours with windows and restricted periods, resolved directory
 * ids, schedule, and when the schedule stops the current run: {@code runEnds}, an ISO instant, absent when
 * nothing stops it, so documents written before it read unchanged; {@code communicationLimits}, absent when there
 * are none, likewise, as is {@code compliancePacks}). Written as explicit documents rather than the domain records themselves, so the
 * stored format is ours to version ({@code format}) and a domain refactoring cannot silently change
 * it. Every value is written in its exact ISO form, so reading gives back an equal value.
 */
record CampaignDetails(int format, List<String> contactLists, CallingHoursDocument callingHours,
                       ReferencesDocument references, ScheduleDocument schedule, String runEnds,
                       List<LimitDocument> communicationLimits, List<String> compliancePacks) {
    /** The document format this adapter writes and reads. */
    static final int FORMAT = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    record CallingHoursDocument(String frequency, String zone, List<WindowDocument> windows,
                                List<RestrictedPeriodDocument> restrictedPeriods) {
    }

    /** {@code day} is absent for windows of DAILY calling hours. */
    record WindowDocument(String day, String start, String end) {
    }

    /** {@code kind} is {@code oneOff} (ISO dates) or {@code yearly} (ISO month-days, {@code --12-25}). */
    record RestrictedPeriodDocument(String kind, String first, String last, String label) {
    }

    record ReferencesDocument(List<String> contactLists, String dncList, String queue, String experienceFlow) {
    }

    record ScheduleDocument(String start, String end, RecurrenceDocument recurrence) {
    }

    /** {@code kind} is {@code daily} (every N days) or {@code weekly} (every N weeks on {@code days}). */
    record RecurrenceDocument(String kind, int every, List<String> days) {
    }

    /** A limit of {@code count} calls per person within {@code days} days. */
    record LimitDocument(int count, int days) {
    }

    static String write(ContactLists lists, CallingHours hours, ResolvedReferences references, Optional<Schedule> schedule,
                        Optional<Instant> runEnds, List<CommunicationLimit> limits, List<String> packs) {
        CampaignDetails details = new CampaignDetails(FORMAT, lists.names(), document(hours), document(references),
                schedule.map(CampaignDetails::document).orElse(null), runEnds.map(Instant::toString).orElse(null),
                limits.isEmpty() ? null : limits.stream().map(l -> new LimitDocument(l.maxCountPerRecipient(), l.frequency())).toList(),
                packs.isEmpty() ? null : packs);
        return MAPPER.writeValueAsString(details);
    }

    static CampaignDetails read(String json) {
        CampaignDetails details = MAPPER.readValue(json, CampaignDetails.class);
        if (details.format() != FORMAT) {
            throw new IllegalArgumentException("details format " + details.format() + " is not " + FORMAT);
        }
        return details;
    }

    ContactLists contactListRefs() {
        return new ContactLists(contactLists.stream().map(ContactListRef::new).toList());
    }

    CallingHours hours() {
        return new CallingHours(Frequency.valueOf(callingHours.frequency()), ZoneId.of(callingHours.zone()),
                callingHours.windows().stream().map(w -> new CallingWindow(Optional.ofNullable(w.day()).map(DayOfWeek::valueOf),
                        LocalTime.parse(w.start()), LocalTime.parse(w.end()))).toList(),
                callingHours.restrictedPeriods().stream().map(CampaignDetails::period).toList());
    }

    ResolvedReferences resolvedReferences() {
        return new ResolvedReferences(references.contactLists().stream().map(ResourceId::new).toList(),
                resource(references.dncList()), resource(references.queue()), resource(references.experienceFlow()));
    }

    List<CommunicationLimit> limits() {
        return communicationLimits == null ? List.of()
                : communicationLimits.stream().map(l -> new CommunicationLimit(l.count(), l.days())).toList();
    }

    List<String> packs() {
        return compliancePacks == null ? List.of() : compliancePacks;
    }

    Optional<Instant> storedRunEnd() {
        return Optional.ofNullable(runEnds).map(Instant::parse);
    }

    Optional<Schedule> storedSchedule() {
        return Optional.ofNullable(schedule).map(s -> new Schedule(LocalDateTime.parse(s.start()), LocalDateTime.parse(s.end()),
                Optional.ofNullable(s.recurrence()).map(CampaignDetails::recurrence)));
    }

    private static CallingHoursDocument document(CallingHours hours) {
        return new CallingHoursDocument(hours.frequency().name(), hours.zone().getId(),
                hours.windows().stream().map(w -> new WindowDocument(w.day().map(DayOfWeek::name).orElse(null),
                        w.start().toString(), w.end().toString())).toList(),
                hours.restrictedPeriods().stream().map(CampaignDetails::document).toList());
    }

    private static RestrictedPeriodDocument document(RestrictedPeriod period) {
        return switch (period) {
            case RestrictedPeriod.OneOff o -> new RestrictedPeriodDocument("oneOff", o.first().toString(), o.last().toString(), o.label().orElse(null));
            case RestrictedPeriod.Yearly y -> new RestrictedPeriodDocument("yearly", y.first().toString(), y.last().toString(), y.label().orElse(null));
        };
    }

    private static RestrictedPeriod period(RestrictedPeriodDocument d) {
        return switch (d.kind()) {
            case "oneOff" -> new RestrictedPeriod.OneOff(LocalDate.parse(d.first()), LocalDate.parse(d.last()), Optional.ofNullable(d.label()));
            case "yearly" -> new RestrictedPeriod.Yearly(MonthDay.parse(d.first()), MonthDay.parse(d.last()), Optional.ofNullable(d.label()));
            default -> throw new IllegalArgumentException("unknown restricted period kind " + d.kind());
        };
    }

    private static ReferencesDocument document(ResolvedReferences refs) {
        return new ReferencesDocument(refs.contactLists().stream().map(ResourceId::value).toList(),
                refs.dncList().map(ResourceId::value).orElse(null), refs.queue().map(ResourceId::value).orElse(null),
                refs.experienceFlow().map(ResourceId::value).orElse(null));
    }

    private static Optional<ResourceId> resource(String value) {
        return Optional.ofNullable(value).map(ResourceId::new);
    }

    private static ScheduleDocument document(Schedule schedule) {
        return new ScheduleDocument(schedule.start().toString(), schedule.end().toString(),
                schedule.recurrence().map(CampaignDetails::document).orElse(null));
    }

    private static RecurrenceDocument document(Schedule.Recurrence recurrence) {
        return switch (recurrence) {
            case Schedule.Recurrence.Daily d -> new RecurrenceDocument("daily", d.everyNDays(), null);
            case Schedule.Recurrence.Weekly w -> new RecurrenceDocument("weekly", w.everyNWeeks(),
                    w.days().stream().sorted(Comparator.naturalOrder()).map(DayOfWeek::name).toList());
        };
    }

    private static Schedule.Recurrence recurrence(RecurrenceDocument d) {
        return switch (d.kind()) {
            case "daily" -> new Schedule.Recurrence.Daily(d.every());
            case "weekly" -> new Schedule.Recurrence.Weekly(d.every(),
                    java.util.Set.copyOf(d.days().stream().map(DayOfWeek::valueOf).toList()));
            default -> throw new IllegalArgumentException("unknown recurrence kind " + d.kind());
        };
    }
}
