package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The small text tools that stand in for slow patterns must answer exactly as the patterns did. */
class TextHelpersTest {

  @Test
  void wordTrieMatchesWhatTheLongestFirstAlternationMatches() {
    Pattern trie =
        Pattern.compile(
            "(?i:"
                + WordTrie.alternation(
                    List.of(
                        "washington",
                        "washington dc",
                        "washington d.c.",
                        "virginia",
                        "west virginia"))
                + ")");

    assertThat(longestAtStart(trie, "Washington D.C. 20001")).isEqualTo("Washington D.C.");
    assertThat(longestAtStart(trie, "washington   dc")).isEqualTo("washington   dc");
    assertThat(longestAtStart(trie, "Washington state")).isEqualTo("Washington");
    assertThat(longestAtStart(trie, "West Virginia")).isEqualTo("West Virginia");
    assertThat(trie.matcher("Virgil").lookingAt()).isFalse();
  }

  @Test
  void everyStateNameAndCodeIsStillFound() {
    for (String state :
        List.of("New Hampshire", "District of Columbia", "U.S. Virgin Islands", "TX", "DC", "MP")) {
      assertThat(UsStates.STATE.matcher("Licensed in " + state + " since 2019").find())
          .as(state)
          .isTrue();
    }
    assertThat(UsStates.namedAfterComma("Reno, NV 89501")).isTrue();
    assertThat(UsStates.namedAfterComma("Reno,\tnew   mexico")).isTrue();
    assertThat(UsStates.namedAfterComma("Handled 80 calls a day, met every target")).isFalse();
    assertThat(UsStates.namedAfterComma("Dallas TX")).isFalse();
  }

  @Test
  void edgesLoseSeparatorsAndWhiteSpaceOnly() {
    assertThat(TextEdges.strip(" – Acme Insurance, ", "–,", "–,")).isEqualTo("Acme Insurance");
    assertThat(TextEdges.strip("(Remote) Agent (", "(", "")).isEqualTo("Remote) Agent (");
    assertThat(TextEdges.strip(" ,;– ", ",;–", ",;–")).isEmpty();
    assertThat(TextEdges.strip("", ",", ",")).isEmpty();
  }

  @Test
  void ignoringCaseFindsAWordInAnyCase() {
    assertThat(IgnoringCase.contains("Unpaid internship", "unpaid")).isTrue();
    assertThat(IgnoringCase.contains("NATIONAL PRODUCER NUMBER", "national")).isTrue();
    assertThat(IgnoringCase.contains("internationally", "national")).isTrue();
    assertThat(IgnoringCase.contains("paid", "unpaid")).isFalse();
    assertThat(IgnoringCase.contains("", "unpaid")).isFalse();
  }

  private static String longestAtStart(Pattern pattern, String text) {
    var matcher = pattern.matcher(text);
    return matcher.lookingAt() ? matcher.group() : null;
  }
}
