package org.floorready.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.floorready.licensing.control.RequirementsCsv;
import org.floorready.licensing.entity.LineOfAuthority;
import org.floorready.licensing.entity.StateRequirement;
import org.junit.jupiter.api.Test;

class RequirementsCsvTest {
  static StateRequirement version(LocalDate from, Integer hours) {
    return new StateRequirement(
        "TX",
        LineOfAuthority.PROPERTY,
        from,
        new StateRequirement.Values(hours, "=cmd()", true, 24, 24, null, false, "n", false),
        "x",
        Instant.EPOCH);
  }

  @Test
  void whatIsWrittenReadsBackWithUnknownsKeptUnknownAndFormulasDefused() {
    String csv = RequirementsCsv.write(List.of(version(LocalDate.of(2026, 1, 1), null)));
    assertThat(csv).contains("'=cmd()");
    RequirementsCsv.Read read = RequirementsCsv.read(csv);
    assertThat(read.problems()).isEmpty();
    StateRequirement.Values v = read.rows().get(0).values();
    assertThat(v.prelicensingHours()).isNull();
    assertThat(v.nonResidentExam()).isNull();
    assertThat(v.fingerprints()).isTrue();
    assertThat(v.appointmentRequired()).isFalse();
    assertThat(v.examVendor()).isEqualTo("=cmd()");
  }

  @Test
  void everyBadRowIsNamedByItsLineAndNoRowIsKept() {
    RequirementsCsv.Read read =
        RequirementsCsv.read(
            "state,line,effective_from,prelicensing_hours\n"
                + "TX,Property,2027-01-01,10\n"
                + "ZZ,Property,2027-01-01,\n"
                + "TX,Property,2027-01-01,12\n"
                + "TX,Casualty,2027-01-01,-4\n");
    assertThat(read.rows()).isEmpty();
    assertThat(read.problems())
        .extracting(RequirementsCsv.RowProblem::line)
        .containsExactly(3L, 4L, 5L);
    assertThat(read.problems().get(1).problem()).contains("repeats");
    assertThat(RequirementsCsv.read("name,age\nx,1\n").problems().get(0).problem())
        .contains("no column");
  }

  @Test
  void theVersionInEffectIsTheLatestStartedAndTheFirstBeforeAny() {
    StateRequirement old = version(LocalDate.of(2026, 1, 1), 10);
    StateRequirement changed = version(LocalDate.of(2027, 1, 1), 20);
    List<StateRequirement> both = List.of(changed, old);
    assertThat(StateRequirement.inEffect(both, LocalDate.of(2026, 6, 1))).contains(old);
    assertThat(StateRequirement.inEffect(both, LocalDate.of(2027, 1, 1))).contains(changed);
    assertThat(StateRequirement.inEffect(both, LocalDate.of(2025, 1, 1))).contains(old);
  }
}
