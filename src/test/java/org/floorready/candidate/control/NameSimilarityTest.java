package org.floorready.candidate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSimilarityTest {
  @Test
  void closeNamesShareTheLastNameAndALikeFirstName() {
    assertThat(NameSimilarity.close("Jon Smith", "Jonathan Smith")).isTrue();
    assertThat(NameSimilarity.close("Reginald T. Pruitt Jr.", "Reginald Pruitt")).isTrue();
    assertThat(NameSimilarity.close("José Núñez", "Jose Nunez")).isTrue();
    assertThat(NameSimilarity.close("Jon Smith", "Jon Smyth")).isFalse();
    assertThat(NameSimilarity.close("Ann Lee", "Bob Lee")).isFalse();
  }

  @Test
  void similarContactIsTheSameMailboxNameOrAPhoneOneDigitApart() {
    assertThat(
            NameSimilarity.similarContact(
                List.of("jon.smith@gmail.com"),
                List.of(),
                List.of("jonsmith@yahoo.com"),
                List.of()))
        .isTrue();
    assertThat(
            NameSimilarity.similarContact(
                List.of(), List.of("+12145550187"), List.of(), List.of("+12145550188")))
        .isTrue();
    assertThat(
            NameSimilarity.similarContact(
                List.of("a@x.com"),
                List.of("+12145550187"),
                List.of("zz@y.com"),
                List.of("+13125550100")))
        .isFalse();
  }

  @Test
  void oneEditApartIsOneCharacterInsertedDeletedOrReplaced() {
    assertThat(NameSimilarity.atMostOneEditApart("jon", "jon")).isTrue();
    assertThat(NameSimilarity.atMostOneEditApart("jon", "john")).isTrue();
    assertThat(NameSimilarity.atMostOneEditApart("john", "jon")).isTrue();
    assertThat(NameSimilarity.atMostOneEditApart("jon", "jan")).isTrue();
    assertThat(NameSimilarity.atMostOneEditApart("", "a")).isTrue();
    assertThat(NameSimilarity.atMostOneEditApart("jon", "njo")).isFalse();
    assertThat(NameSimilarity.atMostOneEditApart("ab", "ba")).isFalse();
    assertThat(NameSimilarity.atMostOneEditApart("jon", "jonny")).isFalse();
    assertThat(NameSimilarity.atMostOneEditApart("kitten", "sitting")).isFalse();
  }
}
