package dev.voicecampaign.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.voicecampaign.core.draft.Dialect;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of the JSON boundary with Jazzer: request bodies, raw or built from the
 * seeds' samples, go through {@link DraftReader}, the standard rules and {@link ProblemWriter} (or
 * {@link ScheduleReader}), and must end as {@link BoundaryOutcome} allows; any escaping exception is
 * a finding. On one body in eight the outcome is computed twice and must not change (no hidden state).
 *
 * <p>{@code ./dev test} replays the committed corpus under {@code JsonBoundaryFuzzTestInputs/<method>/}
 * (regression mode, no fuzzing). {@code ./dev fuzz [seconds]} fuzzes each target in turn.
 */
class JsonBoundaryFuzzTest {
    @FuzzTest
    @DictionaryEntries({"\"name\"", "\"contactLists\"", "\"dncLists\"", "\"priority\"", "\"dialingMode\"", "\"dialingStrategy\"",
            "\"callingHours\"", "\"days\"", "\"restrictedPeriods\"", "\"queue_name\"", "\"maxSkips\"", "\"enableMachineDetect\"",
            "\"campaignType\"", "\"Agentless\"", "\"Preview\"", "\"Progressive\"", "1e99999", "-0.0", "null", "true", "\\u0000"})
    void rawCampaignBodyV2(byte[] body) {
        campaign(body, Dialect.V2);
    }

    @FuzzTest
    @DictionaryEntries({"\"name\"", "\"contactLists\"", "\"dncLists\"", "\"priority\"", "\"dialingMode\"", "\"dialingStrategy\"",
            "\"callingHours\"", "\"days\"", "\"queue_name\"", "\"enableMachineDetect\"", "true", "false", "1e99999", "null"})
    void rawCampaignBodyV1(byte[] body) {
        campaign(body, Dialect.V1);
    }

    @FuzzTest
    void mutatedSampleBody(FuzzedDataProvider data) {
        SampleMutator.Body body = SampleMutator.body(data);
        campaign(body.bytes(), body.dialect());
    }

    @FuzzTest
    @DictionaryEntries({"\"startDateTime\"", "\"endDateTime\"", "\"recurrenceObject\"", "\"recurType\"", "\"Daily\"", "\"Weekly\"",
            "\"dailyDetails\"", "\"onceEveryNdays\"", "\"weeklyDetails\"", "\"onceEveryNweeks\"", "\"whichDays\"", "\"Mon\"",
            "\"2030-01-01 09:00:00\"", "1e99999"})
    void rawScheduleBody(byte[] body) {
        String outcome = BoundaryOutcome.ofScheduleBody(body);
        if (checkPurity(body) && !outcome.equals(BoundaryOutcome.ofScheduleBody(body))) {
            throw new AssertionError("the same schedule body gave two outcomes: " + outcome);
        }
    }

    private static void campaign(byte[] body, Dialect dialect) {
        String outcome = BoundaryOutcome.ofCampaignBody(body, dialect);
        if (checkPurity(body) && !outcome.equals(BoundaryOutcome.ofCampaignBody(body, dialect))) {
            throw new AssertionError("the same body gave two outcomes: " + outcome);
        }
    }

    /** One body in eight, chosen by content so that a replay checks the same ones. */
    private static boolean checkPurity(byte[] body) {
        return (Arrays.hashCode(body) & 7) == 0;
    }
}
