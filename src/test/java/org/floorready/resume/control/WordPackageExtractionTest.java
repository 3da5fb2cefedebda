package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.floorready.fixtures.OfficePackages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word files as other tools write them go through the type gate and the child JVM: pandoc's
 * malformed SVG content type is repaired on a copy (and said so), the rest reads as it always did.
 */
class WordPackageExtractionTest {

  @TempDir static Path uploads;
  @TempDir static Path work;
  static DocumentTextExtractor extractor;
  private final DocumentTypeGate gate = new DocumentTypeGate();

  @BeforeAll
  static void startExtractor() {
    extractor =
        new DocumentTextExtractor(
            ExtractionSettings.defaults(ChildLibraries.folder(), uploads, work).withOcr(false));
  }

  @AfterAll
  static void stopExtractor() {
    if (extractor != null) {
      extractor.close();
    }
  }

  private static Path upload(String name, byte[] bytes) throws IOException {
    return Files.write(uploads.resolve(name), bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "png", "notes", "unusual order"})
  void wellFormedWordFilesReadWithoutRepair(String variant) throws IOException {
    OfficePackages.Docx docx =
        OfficePackages.docx("Dana Whitfield", "Licensed P&C agent in Omaha, NE");
    switch (variant) {
      case "png" -> docx.pngImage().svgImages("image/svg+xml");
      case "notes" ->
          docx.footnote("Footnote about Five9").comment("Reviewer comment").customProperties();
      case "unusual order" -> docx.contentTypesLast().mainPartFirst();
      default -> {}
    }
    ExtractedText text = extractor.extract(upload("ok-" + variant.replace(' ', '-'), docx.build()));

    assertThat(text.mediaType()).isEqualTo(OfficePackage.DOCX);
    assertThat(text.text()).contains("Dana Whitfield", "Licensed P&C agent in Omaha, NE");
    assertThat(text.warnings()).noneMatch(w -> w.contains("repaired"));
    if (variant.equals("notes")) {
      assertThat(text.text()).contains("Footnote about Five9");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"svg only", "with notes", "unusual order", "everything"})
  void pandocsMalformedContentTypeIsRepairedAndSaidSo(String variant) throws IOException {
    OfficePackages.Docx docx =
        OfficePackages.docx("Katherine Lin", "katherine.lin@example.org")
            .svgImages("image/svg+xml;base64");
    switch (variant) {
      case "with notes" ->
          docx.footnote("Footnote text").comment("Comment text").customProperties();
      case "unusual order" -> docx.contentTypesLast().mainPartFirst();
      case "everything" ->
          docx.pngImage()
              .footnote("Footnote text")
              .comment("Comment text")
              .customProperties()
              .contentTypesLast()
              .mainPartFirst();
      default -> {}
    }
    Path file = upload("pandoc-" + variant.replace(' ', '-'), docx.build());
    byte[] before = Files.readAllBytes(file);

    assertThat(gate.admit(file)).hasToString(OfficePackage.DOCX);
    ExtractedText text = extractor.extract(file);

    assertThat(text.mediaType()).isEqualTo(OfficePackage.DOCX);
    assertThat(text.text()).contains("Katherine Lin", "katherine.lin@example.org");
    assertThat(text.warnings()).anyMatch(w -> w.contains("repaired copy"));
    assertThat(Files.readAllBytes(file))
        .as("the stored original is never changed")
        .isEqualTo(before);
    if (!variant.equals("svg only") && !variant.equals("unusual order")) {
      assertThat(text.text()).contains("Footnote text");
    }
  }

  @Test
  void theRealPandocFileParses() throws IOException {
    // besides the SVG content type, its scrambled text left undeclared entities (&hlh;) in the XML
    try (InputStream repro =
        getClass().getResourceAsStream("/org/floorready/fixtures/pandoc-svg-icons.docx")) {
      ExtractedText text = extractor.extract(upload("repro.docx", repro.readAllBytes()));
      assertThat(text.mediaType()).isEqualTo(OfficePackage.DOCX);
      assertThat(text.text()).contains("eszyc", "jm.knzgidix@qgtnaha.meb", "r&hlh;v");
      assertThat(text.text().indexOf("eszyc")).isEqualTo(text.text().lastIndexOf("eszyc"));
      assertThat(text.warnings())
          .anyMatch(w -> w.contains("repaired copy"))
          .anyMatch(w -> w.contains("not well-formed XML"));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aMainPartThatIsNotWellFormedXmlIsReadWithoutAnXmlParserOnce(boolean alsoPandocTypes)
      throws IOException {
    OfficePackages.Docx docx =
        OfficePackages.docx("Marisol Ortega", "marisol@example.org", "Sales & Service")
            .rawParagraph("R&nbsp;D lead &#233;t&#xE9; &madeup; end");
    if (alsoPandocTypes) {
      docx.svgImages("image/svg+xml;base64");
    }
    ExtractedText text = extractor.extract(upload("entities-" + alsoPandocTypes, docx.build()));

    assertThat(text.text())
        .contains(
            "Marisol Ortega",
            "marisol@example.org",
            "Sales & Service",
            "R\u00a0D lead \u00e9t\u00e9 &madeup; end");
    assertThat(text.text().indexOf("Marisol")).isEqualTo(text.text().lastIndexOf("Marisol"));
    assertThat(text.warnings()).anyMatch(w -> w.contains("not well-formed XML"));
  }

  @Test
  void spreadsheetsPresentationsProgramsAndArchivesAreStillRefused() throws IOException {
    assertRefusedAs(OfficePackages.spreadsheet(), "a spreadsheet");
    assertRefusedAs(OfficePackages.presentation(), "a presentation");
    assertRefusedAs(OfficePackages.macroEnabledWord(), "macros");
    assertRefusedAs(
        OfficePackages.openDocument("application/vnd.oasis.opendocument.spreadsheet"),
        "a spreadsheet");
    assertRefusedAs(OfficePackages.plainZip(), "an archive");
    assertRefusedAs(OfficePackages.javaArchive(), "a program");
  }

  private void assertRefusedAs(byte[] bytes, String kind) throws IOException {
    Path file = upload("refused-" + System.nanoTime(), bytes);
    UnsupportedDocumentType atTheGate =
        catchThrowableOfType(UnsupportedDocumentType.class, () -> gate.admit(file));
    UnsupportedDocumentType parsing =
        catchThrowableOfType(UnsupportedDocumentType.class, () -> extractor.extract(file));
    assertThat(atTheGate).isNotNull();
    assertThat(atTheGate.getMessage()).contains(kind, "not a resume");
    assertThat(parsing).isNotNull();
  }
}
