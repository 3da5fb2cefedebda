package org.floorready.resume.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The jars of the child JVMs as the build lays them out (target/parser-libs), for tests that parse.
 */
final class ChildLibraries {
  private ChildLibraries() {}

  static Path folder() {
    Path lib = Path.of(System.getProperty("floorready.tika.lib", "target/parser-libs"));
    assumeTrue(
        Files.isDirectory(lib),
        "no jars for the child JVM at " + lib + "; run the tests through Maven");
    return lib;
  }
}
