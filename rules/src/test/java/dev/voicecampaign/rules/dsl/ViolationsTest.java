package dev.voicecampaign.rules.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Violations made from a problem: code, severity, message and arguments. */
class ViolationsTest {
    private static final Path RING = Path.of("dialingStrategy", "maxRingTime");

    @Test
    void aViolationCarriesItsCodeArgumentsAndRenderedMessage() {
        Violation v = Violations.of(RING, Problem.OUT_OF_RANGE, "min", 5, "max", 120);
        assertThat(v.code()).isEqualTo("campaign.dialingStrategy.maxRingTime.outOfRange");
        assertThat(v.message()).isEqualTo("must be between 5 and 120");
        assertThat(v.arguments()).containsExactly(Map.entry("min", 5), Map.entry("max", 120));
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void theSameInputsGiveAnEqualViolationAndOtherArgumentsAnother() {
        Violation first = Violations.of(RING, Problem.OUT_OF_RANGE, "min", 5, "max", 120);
        for (int i = 0; i < 3; i++) {
            assertThat(Violations.of(RING, Problem.OUT_OF_RANGE, "min", 5, "max", 120)).isEqualTo(first);
        }
        Violation other = Violations.of(RING, Problem.OUT_OF_RANGE, "min", 5, "max", 121);
        assertThat(other.message()).isEqualTo("must be between 5 and 121");
        assertThat(Violations.of(RING, Problem.OUT_OF_RANGE, "min", 5, "max", 120).severity()).isEqualTo(Severity.ERROR);
        assertThat(Violations.of(Path.of("contactLists").index(1), Problem.DUPLICATE, "name", "A").severity())
                .as("the problem says whether it blocks").isEqualTo(Severity.WARNING);
        Path name = Path.of("contactLists").index(0);
        assertThat(Violations.of(name, Problem.NOT_FOUND, "name", "A").message()).isEqualTo("A does not exist in this app");
        assertThat(Violations.of(name, Problem.NOT_FOUND, "name", "B").message()).isEqualTo("B does not exist in this app");
        assertThat(Violations.of(name, Problem.NOT_ALLOWED, "allowed", List.of("x", "y")).message())
                .isEqualTo("must be one of x, y");
    }
}
