package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkHistoryExtractorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static List<DatedJob> jobsIn(String text) {
    return WorkHistoryExtractor.extract(ResumeText.of(text), TODAY);
  }

  @Test
  void readsTitleAndEmployerAboveOrBesideTheDates() {
    List<DatedJob> jobs =
        jobsIn(
            """
                Work Experience
                Senior Service Representative
                Granite State Mutual — Concord, NH | Jan 2020 – Present
                • Inbound calls on Five9.
                Claims Associate, Merrimack Valley Insurance, Nashua, NH
                06/2016 - 12/2019
                Barista | Bean There Café | Manchester, NH | 2014 – 2016
                """);
    assertThat(jobs)
        .extracting(job -> job.header().title())
        .containsExactly("Senior Service Representative", "Claims Associate", "Barista");
    assertThat(jobs)
        .extracting(job -> job.header().employer())
        .containsExactly("Granite State Mutual", "Merrimack Valley Insurance", "Bean There Café");
    assertThat(jobs).extracting(DatedJob::contactCenter).containsExactly(true, true, false);
  }

  @Test
  void readsSectionsThatPutTheDatesFirst() {
    List<DatedJob> jobs =
        jobsIn(
            """
                EMPLOYMENT
                2018-Present
                    Retention Specialist, Big Sky Wireless, Billings, MT. Saved cancelling accounts by phone.
                2012-2017
                    Line Cook, Yellowstone Diner, Billings, MT. Prep and grill.
                """);
    assertThat(jobs)
        .extracting(job -> job.header().title())
        .containsExactly("Retention Specialist", "Line Cook");
    assertThat(jobs)
        .extracting(job -> job.span().start())
        .containsExactly(YearMonth.of(2018, 1), YearMonth.of(2012, 1));
  }

  @Test
  void keepsCaregivingVolunteeringSchoolAndProjectsOutOfPaidWork() {
    List<DatedJob> jobs =
        jobsIn(
            """
                Experience
                Inside Sales Agent — Lakeview Auto Insurance, Erie, PA
                Mar 2022 – Present
                Parental leave · Jun 2020 – Feb 2022
                Intern — Erie County Library
                May 2019 – Aug 2019
                - Shelved books (unpaid)
                Volunteer Work
                Crisis Line Volunteer — Safe Harbor, 2015 – 2019
                Education
                Penn State Behrend — B.S. Communications, 2015 – 2019
                """);
    assertThat(jobs).extracting(DatedJob::paid).containsExactly(true, false, false);
    assertThat(jobs).hasSize(3);
  }

  @Test
  void ignoresYearsInsideBulletsAndProse() {
    List<DatedJob> jobs =
        jobsIn(
            """
                Experience
                Team Lead, Harbor Call Center, Mobile, AL
                2019 – 2023
                • Led the 2020–2021 storm surge team.
                """);
    assertThat(jobs).hasSize(1);
  }
}
