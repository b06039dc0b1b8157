package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDateTime;

/** Turns a schedule request into a schedule, or into every violation; the rules module implements it. */
public interface ScheduleValidator {
    /** {@code now} is the campaign's local time: a schedule must end after it. */
    Validation<Seq<Violation>, Schedule> validate(ScheduleRequestDraft draft, LocalDateTime now);
}
