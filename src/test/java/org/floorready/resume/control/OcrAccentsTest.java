package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrAccentsTest {

  @Test
  void accentsOfTheSecondReadingGoIntoTheFirst() {
    String english = "Jose Alvarez\njose.alvarez@example.org\nNPN #270213135\nSpeaks Espanol";
    String spanish = "José Álvarez\njose.alvarez(Wexample.org\nNPN 4270213135\nSpeaks Español";
    assertThat(OcrAccents.restore(english, spanish))
        .isEqualTo("José Álvarez\njose.alvarez@example.org\nNPN #270213135\nSpeaks Español");
  }

  @Test
  void anEmailKeepsItsPlainLettersEvenWhereTheSecondReadingAccentedThem() {
    assertThat(OcrAccents.restore("Jose Fitzgerald - jose.fitzgerald@example.net", "José josé"))
        .isEqualTo("José Fitzgerald - jose.fitzgerald@example.net");
  }

  @Test
  void wordsReadTwoWaysOrInAnotherCaseAreLeftAsTheyAre() {
    // "Rene" read as René once and as Rene once; "Peña" does not touch "PENA" or "pena"
    String english = "Rene Pena\nRene PENA pena";
    String spanish = "René Peña\nRene Pena";
    assertThat(OcrAccents.restore(english, spanish)).isEqualTo("Rene Pena\nRene PENA pena");
    assertThat(OcrAccents.restore("Rene Nunez", "René Núñez René Ren\u00e9"))
        .isEqualTo("René Núñez");
    assertThat(OcrAccents.restore("Lopez", "Lopez Lòpez López")).isEqualTo("Lopez");
  }

  @Test
  void lettersThatAreNotAccentedLatinAreNotTakenForAccents() {
    assertThat(OcrAccents.plain("Müller")).isEqualTo("Muller");
    assertThat(OcrAccents.plain("Straße")).isEqualTo("Straße");
    assertThat(OcrAccents.restore("Strasse Moskva", "Straße Москва")).isEqualTo("Strasse Moskva");
    assertThat(OcrAccents.restore("nothing accented", "nothing accented"))
        .isEqualTo("nothing accented");
  }
}
