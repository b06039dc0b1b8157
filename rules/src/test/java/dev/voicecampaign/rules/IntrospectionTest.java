package dev.voicecampaign.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.rules.dsl.FieldSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rule sets describe themselves completely enough to be ticked off against the seeds' tables. */
class IntrospectionTest {
    static final List<String> SEED_PARAMETERS = List.of("name", "description", "contactLists", "dncLists", "dncLists.name",
            "priority", "dialingMode", "dialingStrategy.callerId.phoneNumber", "dialingStrategy.callingHours.frequency",
            "dialingStrategy.callingHours.timezone", "dialingStrategy.callingHours.days", "dialingStrategy.callingHours.days[].day",
            "dialingStrategy.callingHours.days[].start", "dialingStrategy.callingHours.days[].end", "dialingStrategy.dialingOrder",
            "dialingStrategy.maxAttemptsPerRecord", "dialingStrategy.defaultRetryPeriod", "dialingStrategy.maxRingTime",
            "schedule", "campaignType", "enableMachineDetect");

    static Map<String, FieldSpec> fields(DialingMode mode) {
        return CampaignRules.standard().describe(mode).stream()
                .collect(Collectors.toMap(FieldSpec::path, Function.identity(), (a, b) -> a));
    }

    @ParameterizedTest
    @EnumSource(DialingMode.class)
    void everySeedParameterIsDescribedForEveryMode(DialingMode mode) {
        assertThat(fields(mode).keySet()).containsAll(SEED_PARAMETERS);
    }

    @Test
    void modeOnlyParametersAreRequiredOnlyOnTheirMode() {
        assertThat(fields(DialingMode.AGENTLESS).get("experienceFlowName").required()).isTrue();
        assertThat(fields(DialingMode.PREVIEW).get("maxSkips").required()).isTrue();
        assertThat(fields(DialingMode.PREVIEW).get("maxSkips").max()).contains(100L);
        assertThat(fields(DialingMode.PROGRESSIVE).get("queueName").required()).isTrue();
        assertThat(fields(DialingMode.AGENTLESS).get("queueName").codes()).containsExactly("ignoredForMode");
    }

    @Test
    void limitsComeFromTheCoreTypes() {
        Map<String, FieldSpec> f = fields(DialingMode.AGENTLESS);
        assertThat(f.get("name").maxLength()).contains(48);
        assertThat(f.get("name").blankAllowed()).isFalse();
        assertThat(f.get("description").maxLength()).contains(256);
        assertThat(f.get("contactLists").min()).contains(1L);
        assertThat(f.get("contactLists").max()).contains(100L);
        assertThat(f.get("priority").allowed()).containsExactly("1", "2", "3", "4", "5");
        assertThat(f.get("dialingStrategy.maxRingTime").min()).contains(5L);
        assertThat(f.get("dialingStrategy.maxRingTime").max()).contains(120L);
        assertThat(f.get("dialingStrategy.defaultRetryPeriod").max()).contains(1440L);
        assertThat(f.get("dialingStrategy.callerId.phoneNumber").format()).contains("E.164");
        assertThat(f.get("dialingStrategy.callingHours.days[].start").format()).contains("h:mm AM/PM");
        assertThat(f.get("enableMachineDetect").allowed()).containsExactly("no", "detect", "disconnect");
        assertThat(f.get("dncLists").condition()).contains("dialect is v2");
    }

    @Test
    void crossFieldRulesAreListedWithTheirCodes() {
        assertThat(CampaignRules.standard().crossFieldRules(DialingMode.PREVIEW)).extracting(c -> c.code())
                .contains("campaign.dialingStrategy.callingHours.days.startEqualsEnd", "campaign.dialingStrategy.callingHours.days.overlap",
                        "campaign.dialingStrategy.callingHours.restrictedPeriods.reversed", "campaign.schedule.isSchedulingEnabled.useScheduleRoute");
    }

    @Test
    void theCatalogueListsEveryCodeOnce() {
        List<CodeCatalogue.Entry> catalogue = CodeCatalogue.standard();
        assertThat(catalogue).extracting(CodeCatalogue.Entry::code).doesNotHaveDuplicates()
                .contains("campaign.name.tooLong", "campaign.contactLists.duplicate", "campaign.campaignType.notVoice",
                        "campaign.dialingStrategy.callingHours.days.day.ignored", "request.body.malformed", "request.field.unknown");
        CodeCatalogue.Entry tooLong = catalogue.stream().filter(e -> e.code().equals("campaign.name.tooLong")).findFirst().orElseThrow();
        assertThat(tooLong.arguments()).containsExactly("max");
        assertThat(tooLong.severity()).isEqualTo(Severity.ERROR);
        Optional<CodeCatalogue.Entry> duplicate = catalogue.stream().filter(e -> e.code().equals("campaign.contactLists.duplicate")).findFirst();
        assertThat(duplicate.orElseThrow().severity()).isEqualTo(Severity.WARNING);
    }
}
