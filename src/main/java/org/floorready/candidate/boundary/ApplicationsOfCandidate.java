package org.floorready.candidate.boundary;

import java.util.List;

/**
 * A person's applications for the profile page. Applications belong to the feature above this one,
 * which implements this; the candidate feature never imports it (features depend one way).
 */
public interface ApplicationsOfCandidate {

  /** Newest first. */
  List<CandidateView.ApplicationView> of(long candidateId);
}
