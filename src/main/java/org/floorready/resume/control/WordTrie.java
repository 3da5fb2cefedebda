package org.floorready.resume.control;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A regex alternation of literal words, written as a trie: "(?:a(?:labama|laska)|…)". Where no word
 * starts, a plain "alabama|alaska|…" tries every word in turn; the trie fails after one character.
 * It matches what the longest-first alternation matches: where a word continues a shorter one, the
 * continuation is tried first. A space in a word stands for any run of white space.
 */
final class WordTrie {

  private final Map<Character, WordTrie> next = new TreeMap<>();
  private boolean wordEnds;

  private WordTrie() {}

  static String alternation(Collection<String> words) {
    WordTrie root = new WordTrie();
    for (String word : words) {
      WordTrie node = root;
      for (char c : word.toCharArray()) {
        node = node.next.computeIfAbsent(c, key -> new WordTrie());
      }
      node.wordEnds = true;
    }
    return "(?:" + root.continuations() + ")";
  }

  private String continuations() {
    String alternatives =
        next.entrySet().stream()
            .map(entry -> literal(entry.getKey()) + entry.getValue().rest())
            .collect(Collectors.joining("|"));
    return alternatives;
  }

  private String rest() {
    if (next.isEmpty()) {
      return "";
    }
    String continued = next.size() == 1 ? continuations() : "(?:" + continuations() + ")";
    if (wordEnds) {
      // greedy: the longer word is tried first
      return next.size() == 1 ? "(?:" + continued + ")?" : continued + "?";
    }
    return continued;
  }

  private static String literal(char c) {
    if (c == ' ') {
      return "\\s+";
    }
    return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
  }
}
