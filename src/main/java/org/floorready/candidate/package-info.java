/**
 * People: intake through the careers apply form and recruiter uploads (with the list of past uploads),
 * safe resume parsing (size and type checks, Tika in child JVMs, OCR when available), profile
 * extraction with source text and recruiter corrections (each can be undone), duplicate recognition
 * and merging, search and saved searches.
 * Stage rules, scoring and bulk pipeline actions belong to the screening feature.
 */
package org.floorready.candidate;
