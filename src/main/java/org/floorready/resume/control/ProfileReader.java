package org.floorready.resume.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.floorready.resume.entity.ResumeProfile;

/** Text to structured profile, with the built-in skill taxonomy plus the skills admins added. */
@ApplicationScoped
public class ProfileReader {
  private volatile ResumeProfileExtractor extractor = new ResumeProfileExtractor();

  /** Called when admins change the taxonomy; the next parse uses it. */
  public void useAdditionalSkills(List<TermDefinition> additional) {
    extractor = new ResumeProfileExtractor(new SkillTaxonomy(additional));
  }

  public ResumeProfile read(ExtractedText text) {
    ResumeProfile profile =
        extractor.extract(text.mediaType(), text.text(), LocalDate.now(ZoneOffset.UTC));
    if (text.warnings().isEmpty()) {
      return profile;
    }
    List<String> warnings = new ArrayList<>(text.warnings());
    warnings.addAll(profile.warnings());
    return new ResumeProfile(
        profile.mediaType(),
        profile.textLength(),
        profile.name(),
        profile.emails(),
        profile.phones(),
        profile.location(),
        profile.experienceMonths(),
        profile.contactCenterExperienceMonths(),
        profile.workHistory(),
        profile.skills(),
        profile.languages(),
        profile.licenses(),
        profile.npn(),
        profile.education(),
        warnings,
        profile.sources(),
        profile.confidence(),
        profile.nickname());
  }
}
