/**
 * The resume engine, free of people and applications: originals stored by content hash, the type
 * gate (content, never file name; Office packages by their manifest), text extraction in isolated
 * Tika child JVMs (timeouts, memory, OCR), profile extraction (contact, place, work history,
 * licenses, languages, skills from the taxonomy admins extend), and the parse-only endpoint. Its
 * refusals are named (unsupported type, too large, unreadable, parser unavailable). The classes in
 * {@code resume.tika} run inside the child JVMs only. Who a resume belongs to is the candidate
 * feature's business.
 */
package org.floorready.resume;
