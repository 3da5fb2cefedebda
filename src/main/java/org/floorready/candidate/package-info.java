/**
 * People: one record per person across applications, taken in from the careers form and recruiter
 * uploads (the parse queue files each parsed resume under a person: new, matched or flagged as a
 * probable duplicate), recruiter corrections that win over the parser until undone, duplicates and
 * merging, the timeline, search and saved searches. It announces ResumeFiled, ProfileChanged and
 * CandidatesMerged for the features above; a person's applications reach the profile page through
 * {@link org.floorready.candidate.boundary.ApplicationsOfCandidate}, which the application feature
 * implements.
 */
package org.floorready.candidate;
