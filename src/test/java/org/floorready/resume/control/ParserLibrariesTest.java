package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParserLibrariesTest {

  @TempDir Path data;
  @TempDir Path classPath;

  @Test
  void unpacksTheArchiveOnceIntoAFolderNamedByItsHash() throws Exception {
    byte[] archive = zip(Map.of("tika-core.jar", "core", "tika-parsers.jar", "parsers"));
    AtomicInteger opened = new AtomicInteger();
    ParserLibraries libraries = new ParserLibraries(data.resolve("parser-libs"));

    Path first =
        libraries.unpacked(
            sha256(archive),
            () -> {
              opened.incrementAndGet();
              return new ByteArrayInputStream(archive);
            });
    Path again =
        libraries.unpacked(
            sha256(archive),
            () -> {
              throw new AssertionError("unpacked twice");
            });

    assertThat(first)
        .isEqualTo(again)
        .isEqualTo(data.resolve("parser-libs").resolve(sha256(archive).substring(0, 16)));
    assertThat(Files.readString(first.resolve("tika-core.jar"))).isEqualTo("core");
    assertThat(Files.readString(first.resolve("tika-parsers.jar"))).isEqualTo("parsers");
    assertThat(opened).hasValue(1);
    assertThat(data.resolve("parser-libs")).isDirectoryNotContaining("glob:**/.unpacking-*");
  }

  @Test
  void aNewVersionReplacesTheOldOne() throws Exception {
    byte[] old = zip(Map.of("tika-core-3.3.0.jar", "old"));
    byte[] current = zip(Map.of("tika-core-3.3.1.jar", "new"));
    ParserLibraries libraries = new ParserLibraries(data.resolve("parser-libs"));
    Path before = libraries.unpacked(sha256(old), () -> new ByteArrayInputStream(old));

    Path after = libraries.unpacked(sha256(current), () -> new ByteArrayInputStream(current));

    assertThat(after).isNotEqualTo(before);
    assertThat(Files.readString(after.resolve("tika-core-3.3.1.jar"))).isEqualTo("new");
    assertThat(before).doesNotExist();
  }

  @Test
  void aDamagedArchiveLeavesNothingBehind() throws Exception {
    byte[] archive = zip(Map.of("tika-core.jar", "core"));
    byte[] damaged = zip(Map.of("tika-core.jar", "c0re"));
    Path root = data.resolve("parser-libs");

    assertThatThrownBy(
            () ->
                new ParserLibraries(root)
                    .unpacked(sha256(archive), () -> new ByteArrayInputStream(damaged)))
        .isInstanceOf(ParserUnavailable.class)
        .cause()
        .hasMessageContaining("damaged");
    assertThat(root).isEmptyDirectory();
  }

  @Test
  void refusesEntriesThatAreNotPlainJars() throws Exception {
    byte[] archive = zip(Map.of("../../escape.jar", "x"));

    assertThatThrownBy(
            () ->
                new ParserLibraries(data)
                    .unpacked(sha256(archive), () -> new ByteArrayInputStream(archive)))
        .isInstanceOf(ParserUnavailable.class)
        .cause()
        .hasMessageContaining("unexpected entry");
    assertThat(data.getParent().resolve("escape.jar")).doesNotExist();
  }

  @Test
  void findsTheArchiveAndItsHashOnTheClassPath() throws Exception {
    byte[] archive = zip(Map.of("tika-core.jar", "core"));
    Files.createDirectories(classPath.resolve("floorready"));
    Files.write(classPath.resolve(ParserLibraries.ARCHIVE), archive);
    Files.writeString(classPath.resolve(ParserLibraries.HASH), sha256(archive) + "\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null)) {
      Path folder = new ParserLibraries(data).bundledWith(loader);
      assertThat(folder.resolve("tika-core.jar")).hasContent("core");
    }
  }

  @Test
  void saysHowToStartWhenTheArchiveIsMissing() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> new ParserLibraries(data).bundledWith(empty))
          .isInstanceOf(ParserUnavailable.class)
          .cause()
          .hasMessageContaining("floorready.jar");
    }
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var entry : new TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
