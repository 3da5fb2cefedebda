package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.floorready.fixtures.OfficePackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficePackageTest {

  @TempDir Path folder;

  private Path write(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(folder, "package", ""), bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "pandoc", "png", "notes", "unusual order", "everything"})
  void aWordPackageIsWordWhateverItCarries(String variant) throws IOException {
    OfficePackages.Docx docx = OfficePackages.docx("Pat Doe", "Licensed agent");
    switch (variant) {
      case "pandoc" -> docx.svgImages("image/svg+xml;base64");
      case "png" -> docx.pngImage();
      case "notes" -> docx.footnote("A footnote").comment("A comment").customProperties();
      case "unusual order" -> docx.contentTypesLast().mainPartFirst();
      case "everything" ->
          docx.svgImages("image/svg+xml;base64")
              .pngImage()
              .footnote("n")
              .comment("c")
              .customProperties()
              .contentTypesLast()
              .mainPartFirst();
      default -> {}
    }
    assertThat(OfficePackage.typeOf(write(docx.build()))).contains(OfficePackage.DOCX);
  }

  @Test
  void theRealPandocFileIsWord() throws IOException {
    try (InputStream repro =
        getClass().getResourceAsStream("/org/floorready/fixtures/pandoc-svg-icons.docx")) {
      assertThat(OfficePackage.typeOf(write(repro.readAllBytes()))).contains(OfficePackage.DOCX);
    }
  }

  @Test
  void otherPackagesAreNamedForWhatTheyAre() throws IOException {
    assertThat(OfficePackage.typeOf(write(OfficePackages.spreadsheet())))
        .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(OfficePackage.typeOf(write(OfficePackages.presentation())))
        .contains("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    assertThat(OfficePackage.typeOf(write(OfficePackages.macroEnabledWord())))
        .contains("application/vnd.ms-word.document.macroenabled.12");
    assertThat(OfficePackage.typeOf(write(OfficePackages.openDocument(OfficePackage.ODT))))
        .contains(OfficePackage.ODT);
    assertThat(
            OfficePackage.typeOf(
                write(
                    OfficePackages.openDocument("application/vnd.oasis.opendocument.spreadsheet"))))
        .contains("application/vnd.oasis.opendocument.spreadsheet");
    assertThat(OfficePackage.typeOf(write(OfficePackages.plainZip()))).contains(OfficePackage.ZIP);
    assertThat(OfficePackage.typeOf(write(OfficePackages.javaArchive())))
        .contains(OfficePackage.JAR);
  }

  @Test
  void partNamesAndExtensionsCompareWithoutCase() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "[content_types].XML",
        ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"XML\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml"
                + ".document.main+xml\"/></Types>")
            .getBytes());
    entries.put(
        "_RELS/.rels",
        ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\""
                + " Target=\"/Word/Document.xml\"/></Relationships>")
            .getBytes());
    entries.put("word/document.xml", "<w:document/>".getBytes());
    assertThat(OfficePackage.typeOf(write(OfficePackages.zip(entries))))
        .contains(OfficePackage.DOCX);
  }

  @Test
  void noVerdictForWhatCannotBeReadCheaply() throws IOException {
    byte[] docx = OfficePackages.docx("Pat Doe").build();
    assertThat(OfficePackage.typeOf(write(Arrays.copyOf(docx, docx.length / 2)))).isEmpty();
    assertThat(OfficePackage.typeOf(write("PK\3\4 not really a zip".getBytes()))).isEmpty();
    assertThat(
            OfficePackage.typeOf(
                write(OfficePackages.withHugeContentTypes(OfficePackage.MAX_MANIFEST_BYTES + 1))))
        .isEmpty();
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i <= OfficePackage.MAX_ENTRIES; i++) {
      many.put("f" + i, new byte[0]);
    }
    assertThat(OfficePackage.typeOf(write(OfficePackages.zip(many)))).isEmpty();
  }

  @Test
  void anExternalEntityInTheManifestIsNeverResolved() throws IOException {
    Path secret =
        Files.writeString(
            folder.resolve("secret"),
            "application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document.main+xml");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "[Content_Types].xml",
        ("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"&x;\"/></Types>")
            .getBytes());
    entries.put(
        "_rels/.rels",
        ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>")
            .getBytes());
    assertThat(OfficePackage.typeOf(write(OfficePackages.zip(entries))))
        .isNotEqualTo(java.util.Optional.of(OfficePackage.DOCX));
  }
}
