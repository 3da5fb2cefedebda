package org.floorready.resume.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.floorready.resume.entity.FieldConfidence;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.Location;

/**
 * Says, for each field the parser filled, whether to trust it (high) or to check it (low, with the
 * reason). Keys are the profile's field names as the correction form knows them: name, email,
 * phone, city, region, experienceMonths, contactCenterMonths, npn, licensedStates, languages,
 * skills.
 */
final class ConfidenceRules {
  /** Lines of the top of a resume where name, contact and home town usually are. */
  static final int HEADER_LINES = 8;

  private static final Pattern MONTH_IN_DATE =
      Pattern.compile(
          "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b"
              + "|\\d{1,2}/\\d{2,4}|(?:19|20)\\d\\d-\\d\\d");
  private static final Pattern SEASON =
      Pattern.compile("(?i)\\b(?:spring|summer|fall|autumn|winter)\\b");
  private static final Pattern NPN_LABEL =
      Pattern.compile("(?i)\\bNPN\\b|national\\s+producer|producer\\s+(?:no|number|#)");

  private ConfidenceRules() {}

  static Map<String, FieldConfidence> of(
      ResumeText resume,
      Optional<Found<String>> name,
      List<Found<String>> emails,
      List<Found<String>> phones,
      Optional<Found<Location>> location,
      Optional<Found<String>> npn,
      List<DatedJob> jobs,
      List<Found<HeldLicense>> licenses,
      List<Found<String>> languages,
      List<Found<String>> skills) {
    Map<String, FieldConfidence> confidence = new LinkedHashMap<>();
    name.ifPresent(
        found -> {
          boolean atTop = inHeader(resume, found.source());
          int words = found.value().split("\\s+").length;
          confidence.put(
              "name",
              !atTop
                  ? FieldConfidence.low("not at the top of the resume")
                  : words < 2 || words > 5
                      ? FieldConfidence.low(words + " word(s): may not be a full name")
                      : FieldConfidence.high("at the top of the resume"));
        });
    if (!emails.isEmpty()) {
      confidence.put(
          "email",
          emails.size() > 1
              ? FieldConfidence.low("the first of " + emails.size() + " addresses")
              : FieldConfidence.high("the only address in the resume"));
    }
    if (!phones.isEmpty()) {
      confidence.put(
          "phone",
          phones.size() > 1
              ? FieldConfidence.low("the first of " + phones.size() + " numbers")
              : FieldConfidence.high("the only number in the resume"));
    }
    location.ifPresent(
        found -> {
          boolean atTop = inHeader(resume, found.source());
          FieldConfidence level =
              atTop
                  ? FieldConfidence.high("in the contact lines")
                  : FieldConfidence.low("found further down: may be an employer's town");
          confidence.put("city", level);
          confidence.put("region", level);
        });
    if (jobs.isEmpty()) {
      confidence.put("experienceMonths", FieldConfidence.low("no dated work history found"));
    } else {
      long yearOnly = jobs.stream().filter(job -> yearOnly(job.evidence())).count();
      long seasons = jobs.stream().filter(job -> SEASON.matcher(job.evidence()).find()).count();
      FieldConfidence level =
          yearOnly > 0
              ? FieldConfidence.low(
                  yearOnly
                      + " job(s) with years only: counted from January to December; at least "
                      + ExperienceCalculator.leastMonths(
                          jobs.stream().filter(DatedJob::paid).map(DatedJob::span).toList())
                      + " months if each began in December and ended in January")
              : seasons > 0
                  ? FieldConfidence.low(seasons + " job(s) dated by season")
                  : FieldConfidence.high(jobs.size() + " dated job(s), overlaps counted once");
      confidence.put("experienceMonths", level);
      // which jobs the contact-center figure counted, so a recruiter can check the rules' choice
      List<String> counted =
          jobs.stream()
              .filter(DatedJob::contactCenter)
              .map(job -> describe(job.header()))
              .distinct()
              .toList();
      confidence.put(
          "contactCenterMonths",
          new FieldConfidence(
              level.level(),
              counted.isEmpty()
                  ? "no job counted as contact-center work"
                  : "counted as contact-center work: " + String.join("; ", counted)));
    }
    npn.ifPresent(
        found ->
            confidence.put(
                "npn",
                NPN_LABEL.matcher(found.source()).find()
                    ? FieldConfidence.high("labelled as the NPN")
                    : FieldConfidence.low("a number without an NPN label")));
    if (!licenses.isEmpty()) {
      long notActive = licenses.stream().filter(found -> !found.value().active()).count();
      confidence.put(
          "licensedStates",
          notActive > 0
              ? FieldConfidence.low(
                  notActive + " license(s) not active (see the licenses): check the states")
              : FieldConfidence.high("every license found is active"));
    }
    if (!languages.isEmpty()) {
      confidence.put("languages", FieldConfidence.high("named in the resume"));
    }
    if (!skills.isEmpty()) {
      confidence.put("skills", FieldConfidence.high("matched the skill taxonomy"));
    }
    return confidence;
  }

  /**
   * Whether the line a value was read from is in the resume's opening lines (before the first
   * section heading, within the first {@link #HEADER_LINES}), where name, contact and home town
   * are.
   */
  static boolean inHeader(ResumeText resume, String source) {
    List<ResumeLine> lines = resume.lines();
    String wanted = source.trim();
    for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
      if (resume.kindAt(i) == SectionKind.HEADER && lines.get(i).text().contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(JobHeader job) {
    String title = job.title() == null ? "a job" : job.title();
    return job.employer() == null ? title : title + " at " + job.employer();
  }

  /** A job line dated by years only ("2016 – 2018"): no month, slash date, ISO month or season. */
  static boolean yearOnly(String evidence) {
    return !MONTH_IN_DATE.matcher(evidence).find() && !SEASON.matcher(evidence).find();
  }
}
