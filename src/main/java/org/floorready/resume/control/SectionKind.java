package org.floorready.resume.control;

/** What a part of a resume is about, as told by its heading. */
enum SectionKind {
  HEADER,
  SUMMARY,
  EXPERIENCE,
  EDUCATION,
  LICENSES,
  LANGUAGES,
  SKILLS,
  VOLUNTEER,
  OTHER
}
