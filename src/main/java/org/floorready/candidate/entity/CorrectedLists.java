package org.floorready.candidate.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.floorready.resume.entity.Education;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.WorkPeriod;

/** Checks corrected work history, licenses and education before they are stored. */
final class CorrectedLists {
  private static final Pattern YEAR_MONTH = Pattern.compile("(19|20)\\d\\d-(0[1-9]|1[0-2])");
  private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
  private static final Set<String> STATUSES = Set.copyOf(HeldLicense.STATUSES);
  private static final int MOST_ENTRIES = 50;
  private static final int LONGEST_TEXT = 200;

  private CorrectedLists() {}

  static void check(
      List<WorkPeriod> jobs,
      List<HeldLicense> licenses,
      List<Education> schools,
      Map<String, String> problems) {
    each(jobs, "workHistory", CorrectedLists::jobProblem, problems);
    each(licenses, "licenses", CorrectedLists::licenseProblem, problems);
    each(schools, "education", CorrectedLists::schoolProblem, problems);
  }

  /** Each entry's problem under "corrections.field[i]", and the list's own if it is too long. */
  private static <T> void each(
      List<T> entries, String field, Function<T, String> problemOf, Map<String, String> problems) {
    if (entries == null) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      String problem = problemOf.apply(entries.get(i));
      if (problem != null) {
        problems.put("corrections." + field + "[" + i + "]", problem);
      }
    }
    if (entries.size() > MOST_ENTRIES) {
      problems.put("corrections." + field, "at most " + MOST_ENTRIES + " entries");
    }
  }

  private static String jobProblem(WorkPeriod job) {
    if (job == null || job.start() == null || !YEAR_MONTH.matcher(job.start()).matches()) {
      return "needs a start month as YYYY-MM";
    }
    if (job.end() != null
        && (!YEAR_MONTH.matcher(job.end()).matches() || job.end().compareTo(job.start()) < 0)) {
      return "the end must be a month (YYYY-MM) not before the start, or empty while the job lasts";
    }
    if (blank(job.title()) && blank(job.employer())) {
      return "needs a title or an employer";
    }
    return tooLong(job.title()) || tooLong(job.employer())
        ? "title and employer: at most 200 characters each"
        : null;
  }

  private static String licenseProblem(HeldLicense license) {
    if (license == null || license.state() == null || !STATE.matcher(license.state()).matches()) {
      return "needs a two-letter state code such as TX";
    }
    if (!STATUSES.contains(license.status())) {
      return "status must be active or lapsed";
    }
    if (license.linesOfAuthority().size() > 10
        || license.linesOfAuthority().stream().anyMatch(CorrectedLists::tooLong)
        || license.linesOfAuthority().stream().anyMatch(CorrectedLists::blank)) {
      return "lines of authority: at most 10, each named";
    }
    return license.number() != null && license.number().length() > 30
        ? "the number has at most 30 characters"
        : null;
  }

  private static String schoolProblem(Education school) {
    if (school == null || blank(school.institution()) && blank(school.credential())) {
      return "needs an institution or a credential";
    }
    if (tooLong(school.institution()) || tooLong(school.credential())) {
      return "institution and credential: at most 200 characters each";
    }
    return school.year() != null && (school.year() < 1940 || school.year() > 2100)
        ? "the year is not plausible"
        : null;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static boolean tooLong(String text) {
    return text != null && text.length() > LONGEST_TEXT;
  }
}
