package org.floorready.application.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {
  @Test
  void findsHandlesAndWholeAddressesButNotEmailAddressesInText() {
    assertThat(
            Mentions.in(
                "Thanks @morgan.manager, cc @Riley.Recruiter@floorready.example.com. Her mail is"
                    + " jane@example.com; @morgan.manager again."))
        .containsExactly("morgan.manager", "riley.recruiter@floorready.example.com");
  }

  @Test
  void aHandleMatchesTheLocalPartOrTheWholeAddress() {
    assertThat(Mentions.matches("morgan.manager", "Morgan.Manager@floorready.example.com"))
        .isTrue();
    assertThat(Mentions.matches("morgan", "morgan.manager@floorready.example.com")).isFalse();
    assertThat(
            Mentions.matches(
                "morgan.manager@floorready.example.com", "morgan.manager@floorready.example.com"))
        .isTrue();
  }
}
