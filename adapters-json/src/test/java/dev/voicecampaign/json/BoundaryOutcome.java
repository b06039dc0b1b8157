package dev.voicecampaign.json;

import io.vavr.control.Validation;
import dev.voicecampaign.rules.ScheduleRules;
import dev.voicecampaign.core.usecase.RequestViolations;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the JSON boundary makes of one request body, checked against the invariants every body must
 * meet and rendered as text so that two runs on the same body can be compared. A body ends as a typed
 * campaign (or schedule), or as a structured error: at least one error, every violation with a JSON
 * pointer ({@code ""} or starting with {@code /}), a dotted code and a message, and a problem document
 * that serialises to JSON that reads back. Anything else is an {@link AssertionError}; any other
 * {@link Throwable} simply escapes, which is what the fuzz tests look for.
 */
final class BoundaryOutcome {
    /** The clock the schedule route would read; fixed so that outcomes are repeatable. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 1, 0, 0);

    private static final Pattern DOTTED_CODE = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+");
    /** Reads problem documents back without the request limits (a problem may quote a long value). */
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private BoundaryOutcome() {
    }

    /** Create or update body: read, validate with the standard rules against the sample directories, render. */
    static String ofCampaignBody(byte[] body, Dialect dialect) {
        ReadResult<CampaignDraft> read = DraftReader.read(body, dialect);
        if (read.draft().isEmpty()) return problem(read.violations());
        Verdict verdict = Golden.RULES.validate(read.draft().get(), Golden.CONTEXT);
        if (verdict.isValid() && !read.hasErrors()) {
            Campaign campaign = verdict.result().get();
            Seq<Violation> warnings = read.violations().appendAll(verdict.warnings());
            warnings.forEach(BoundaryOutcome::checkStructured);
            check(!warnings.exists(Violation::isError), "a valid campaign carries an error among its warnings", warnings);
            byte[] request = CampaignJson.bytes(RequestWriter.body(campaign, dialect));
            byte[] warningList = CampaignJson.bytes(ProblemWriter.entries(warnings));
            return "campaign " + campaign + "\n" + utf8(request) + "\n" + utf8(warningList);
        }
        Seq<Violation> fromRules = verdict.isValid() ? verdict.warnings() : verdict.result().getError();
        return problem(RequestViolations.merge(read.violations(), fromRules));
    }

    /** Schedule route body, read at {@link #NOW}. */
    static String ofScheduleBody(byte[] body) {
        ReadResult<ScheduleRequestDraft> read = ScheduleReader.read(body);
        if (read.draft().isEmpty()) return problem(read.violations());
        Validation<Seq<Violation>, Schedule> checked = new ScheduleRules().validate(read.draft().get(), NOW);
        if (checked.isInvalid() || read.hasErrors()) {
            return problem(RequestViolations.merge(read.violations(), checked));
        }
        Schedule schedule = checked.get();
        check(schedule.end().isAfter(schedule.start()) && schedule.end().isAfter(NOW), "an accepted schedule ends too early", schedule);
        return "schedule " + schedule;
    }

    private static String problem(Seq<Violation> violations) {
        check(violations.exists(Violation::isError), "a refused body has no error", violations);
        violations.forEach(BoundaryOutcome::checkStructured);
        byte[] document = CampaignJson.bytes(ProblemWriter.invalid(violations));
        JsonNode readBack = PLAIN.readTree(document);
        check(readBack.path("errors").size() == violations.size(), "the problem document lost entries", utf8(document));
        return "problem " + utf8(document);
    }

    private static void checkStructured(Violation v) {
        String pointer = JsonPointers.of(v);
        check(pointer.isEmpty() || pointer.startsWith("/"), "a pointer is not a JSON pointer", v);
        check(DOTTED_CODE.matcher(v.code()).matches(), "a code is not dotted", v);
        check(!v.message().isBlank(), "a message is blank", v);
    }

    private static void check(boolean holds, String what, Object detail) {
        if (!holds) throw new AssertionError(what + ": " + detail);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
