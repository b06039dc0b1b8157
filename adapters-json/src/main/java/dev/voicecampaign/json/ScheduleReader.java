package dev.voicecampaign.json;

import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the schedule route's body: {@code startDateTime} and {@code endDateTime} as
 * {@code YYYY-MM-DD HH:mm:ss} (local to the campaign's zone), the end after the start and after
 * {@code now}, and an optional {@code recurrenceObject} ({@code recurType} Daily with
 * {@code dailyDetails.onceEveryNdays}, or Weekly with {@code weeklyDetails.onceEveryNweeks} and
 * {@code whichDays} among Mon..Sun). Codes start with {@code schedule.}.
 */
public final class ScheduleReader {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    static final java.util.List<String> DAYS = java.util.List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private ScheduleReader() {
    }

    public static Either<Seq<Violation>, Schedule> read(byte[] body, LocalDateTime now) {
        JsonTreeReader.Tree tree = JsonTreeReader.read(body);
        if (tree.failure() != null) return Either.left(List.of(tree.failure()));
        if (!tree.root().isObject()) {
            return Either.left(List.of(JsonTreeReader.error(dev.voicecampaign.rules.RequestCodes.NOT_OBJECT,
                    "the body must be a JSON object, not {found}", "found", DraftReader.kind(tree.root()))));
        }
        JsonNode o = tree.root();
        java.util.List<Violation> found = new java.util.ArrayList<>(tree.duplicates());
        Optional<LocalDateTime> start = dateTime(o, "startDateTime", found);
        Optional<LocalDateTime> end = dateTime(o, "endDateTime", found);
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            found.add(error(Path.of("endDateTime"), "schedule.endDateTime.notAfterStart", "must be after startDateTime"));
        } else if (end.isPresent() && !end.get().isAfter(now)) {
            found.add(error(Path.of("endDateTime"), "schedule.endDateTime.past", "must be in the future"));
        }
        Optional<Schedule.Recurrence> recurrence = recurrence(o.get("recurrenceObject"), found);
        if (!found.isEmpty()) return Either.left(List.ofAll(found));
        return Either.right(new Schedule(start.get(), end.get(), recurrence));
    }

    private static Optional<LocalDateTime> dateTime(JsonNode o, String name, java.util.List<Violation> found) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            found.add(error(Path.of(name), "schedule." + name + ".required", "is required"));
            return Optional.empty();
        }
        try {
            if (v.isString()) return Optional.of(LocalDateTime.parse(v.stringValue(), FORMAT));
        } catch (DateTimeParseException e) {
            // reported below
        }
        found.add(error(Path.of(name), "schedule." + name + ".format", "must have the format YYYY-MM-DD HH:mm:ss", "format", "YYYY-MM-DD HH:mm:ss"));
        return Optional.empty();
    }

    private static Optional<Schedule.Recurrence> recurrence(JsonNode r, java.util.List<Violation> found) {
        if (r == null || r.isNull()) return Optional.empty();
        Path at = Path.of("recurrenceObject");
        String type = r.path("recurType").isString() ? r.get("recurType").stringValue() : null;
        if ("Daily".equals(type)) {
            long n = r.path("dailyDetails").path("onceEveryNdays").asLong(0);
            if (n >= 1 && n <= 365) return Optional.of(new Schedule.Recurrence.Daily((int) n));
            found.add(error(at.field("dailyDetails").field("onceEveryNdays"), "schedule.recurrenceObject.dailyDetails.onceEveryNdays.outOfRange",
                    "must be between 1 and 365", "min", 1, "max", 365));
            return Optional.empty();
        }
        if ("Weekly".equals(type)) {
            JsonNode weekly = r.path("weeklyDetails");
            long n = weekly.path("onceEveryNweeks").asLong(0);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            boolean daysOk = weekly.path("whichDays").isArray() && !weekly.path("whichDays").isEmpty();
            if (daysOk) {
                for (JsonNode d : weekly.get("whichDays")) {
                    int i = d.isString() ? DAYS.indexOf(d.stringValue()) : -1;
                    if (i < 0) daysOk = false;
                    else days.add(DayOfWeek.of(i + 1));
                }
            }
            if (n < 1 || n > 52) {
                found.add(error(at.field("weeklyDetails").field("onceEveryNweeks"), "schedule.recurrenceObject.weeklyDetails.onceEveryNweeks.outOfRange",
                        "must be between 1 and 52", "min", 1, "max", 52));
            }
            if (!daysOk) {
                found.add(error(at.field("weeklyDetails").field("whichDays"), "schedule.recurrenceObject.weeklyDetails.whichDays.notAllowed",
                        "must list days among Mon, Tue, Wed, Thu, Fri, Sat, Sun", "allowed", DAYS));
            }
            return n >= 1 && n <= 52 && daysOk ? Optional.of(new Schedule.Recurrence.Weekly((int) n, days)) : Optional.empty();
        }
        found.add(error(at.field("recurType"), "schedule.recurrenceObject.recurType.notAllowed", "must be Daily or Weekly",
                "allowed", java.util.List.of("Daily", "Weekly")));
        return Optional.empty();
    }

    private static Violation error(Path path, String code, String message, Object... kv) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) args.put((String) kv[i], kv[i + 1]);
        return new Violation(path, code, args, message, Severity.ERROR);
    }
}
