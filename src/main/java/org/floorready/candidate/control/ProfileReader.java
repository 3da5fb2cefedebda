package org.floorready.candidate.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.floorready.candidate.entity.ResumeProfile;

/** Text to structured profile, with this node's skill taxonomy. */
@ApplicationScoped
public class ProfileReader {
  private ResumeProfileExtractor extractor;

  @PostConstruct
  void init() {
    extractor = new ResumeProfileExtractor();
  }

  public ResumeProfile read(ExtractedText text) {
    ResumeProfile profile = extractor.extract(text.mediaType(), text.text(), LocalDate.now(ZoneOffset.UTC));
    if (text.warnings().isEmpty()) {
      return profile;
    }
    var warnings = new java.util.ArrayList<>(text.warnings());
    warnings.addAll(profile.warnings());
    return new ResumeProfile(profile.mediaType(), profile.textLength(), profile.name(), profile.emails(),
        profile.phones(), profile.location(), profile.experienceMonths(), profile.contactCenterExperienceMonths(),
        profile.workHistory(), profile.skills(), profile.languages(), profile.licenses(), profile.npn(),
        profile.education(), warnings, profile.sources());
  }
}
