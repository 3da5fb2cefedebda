package org.floorready.candidate.boundary;

import java.util.List;
import java.util.Set;

/**
 * A feature that keeps its own records of files in the resume storage (licensing evidence, say):
 * the storage cleanup asks each before removing a file no resume document points to.
 */
public interface StoredFileReferences {
  /** The hashes among {@code hashes} that this feature's records point to. */
  Set<String> referenced(List<String> hashes);
}
