package org.floorready.resume.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorready.resume.entity.Education;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.Location;
import org.floorready.resume.entity.ResumeProfile;
import org.floorready.resume.entity.WorkPeriod;

/**
 * Reads a {@link ResumeProfile} from the plain text of a resume. A pure function of its inputs: no
 * I/O, thread-safe, and cheap next to the text extraction that feeds it.
 */
public final class ResumeProfileExtractor {

  /**
   * Resumes are a few pages; anything longer is read only this far so a huge upload stays cheap.
   */
  public static final int MAX_ANALYSED_CHARS = 200_000;

  private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final SkillTaxonomy skills;
  private final LanguageExtractor languages = new LanguageExtractor();
  private final ContactExtractor contacts = new ContactExtractor();

  public ResumeProfileExtractor() {
    this(new SkillTaxonomy());
  }

  public ResumeProfileExtractor(SkillTaxonomy skills) {
    this.skills = skills;
  }

  public ResumeProfile extract(String mediaType, String text, LocalDate today) {
    String source = text == null ? "" : text;
    List<String> warnings = new ArrayList<>();
    if (source.length() > MAX_ANALYSED_CHARS) {
      warnings.add(
          "text is "
              + source.length()
              + " characters long; only the first "
              + MAX_ANALYSED_CHARS
              + " were read");
    }
    String analysed = source.substring(0, Math.min(source.length(), MAX_ANALYSED_CHARS));
    ResumeText resume = ResumeText.of(analysed, mediaType);
    Map<String, String> sources = new LinkedHashMap<>();

    List<Found<String>> emails = contacts.emails(resume);
    List<Found<String>> phones = contacts.phones(resume);
    Optional<Found<String>> name = NameExtractor.extract(resume, emails);
    Optional<Found<Location>> location = LocationExtractor.extract(resume);
    Optional<Found<String>> npn = NpnExtractor.extract(resume);
    List<DatedJob> jobs = WorkHistoryExtractor.extract(resume, today);
    List<Found<HeldLicense>> licenses = LicenseExtractor.extract(resume, today);
    List<Found<String>> languageNames = languages.extract(resume);
    List<Found<String>> skillNames = skills.find(resume.lines());
    List<Found<Education>> schools = EducationExtractor.extract(resume);

    name.ifPresent(found -> sources.put("name", found.source()));
    location.ifPresent(found -> sources.put("location", found.source()));
    npn.ifPresent(found -> sources.put("npn", found.source()));
    record(sources, "emails", emails);
    record(sources, "phones", phones);
    record(sources, "licenses", licenses);
    record(sources, "languages", languageNames);
    record(sources, "skills", skillNames);
    record(sources, "education", schools);

    List<WorkPeriod> workHistory = new ArrayList<>();
    List<MonthSpan> paid = new ArrayList<>();
    List<MonthSpan> contactCenter = new ArrayList<>();
    for (DatedJob job : jobs) {
      if (!job.paid()) {
        warnings.add("not counted as paid work: " + job.evidence());
        continue;
      }
      sources.put("workHistory[" + workHistory.size() + "]", job.evidence());
      String end = job.span().ongoing() ? null : job.span().end().format(YEAR_MONTH);
      workHistory.add(
          new WorkPeriod(
              job.header().title(),
              job.header().employer(),
              job.span().start().format(YEAR_MONTH),
              end));
      paid.add(job.span());
      if (job.contactCenter()) {
        contactCenter.add(job.span());
      }
    }
    warnAboutGaps(source, name, emails, phones, jobs, warnings);

    return new ResumeProfile(
        mediaType,
        source.length(),
        name.map(Found::value).orElse(null),
        values(emails),
        values(phones),
        location.map(Found::value).orElse(null),
        jobs.isEmpty() ? null : ExperienceCalculator.months(paid),
        jobs.isEmpty() ? null : ExperienceCalculator.months(contactCenter),
        workHistory,
        values(skillNames),
        values(languageNames),
        values(licenses),
        npn.map(Found::value).orElse(null),
        values(schools),
        warnings,
        sources,
        ConfidenceRules.of(
            resume,
            name,
            emails,
            phones,
            location,
            npn,
            jobs.stream().filter(DatedJob::paid).toList(),
            licenses,
            languageNames,
            skillNames),
        name.flatMap(found -> NameExtractor.nickname(found.source())).orElse(null));
  }

  private static <T> List<T> values(List<Found<T>> found) {
    return found.stream().map(Found::value).toList();
  }

  private static <T> void record(Map<String, String> sources, String field, List<Found<T>> found) {
    for (int i = 0; i < found.size(); i++) {
      sources.put(field + "[" + i + "]", found.get(i).source());
    }
  }

  private static void warnAboutGaps(
      String text,
      Optional<Found<String>> name,
      List<Found<String>> emails,
      List<Found<String>> phones,
      List<DatedJob> jobs,
      List<String> warnings) {
    if (text.isBlank()) {
      warnings.add("no text to read");
      return;
    }
    if (name.isEmpty()) {
      warnings.add("no name found");
    }
    if (emails.isEmpty()) {
      warnings.add("no email address found");
    }
    if (phones.isEmpty()) {
      warnings.add("no phone number found");
    }
    if (jobs.isEmpty()) {
      warnings.add("no dated work history found");
    }
  }
}
