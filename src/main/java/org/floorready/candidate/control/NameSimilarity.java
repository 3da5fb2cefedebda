package org.floorready.candidate.control;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Name and contact likeness for probable duplicates ("Jon Smith" / "Jonathan Smith", one digit
 * apart).
 */
final class NameSimilarity {
  private NameSimilarity() {}

  static String normalize(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z ]", " ")
        .replaceAll("\\b(jr|sr|ii|iii|iv)\\b", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }

  static String lastName(String name) {
    String[] parts = normalize(name).split(" ");
    return parts[parts.length - 1];
  }

  /**
   * Same last name and first names that are equal, one a prefix of the other, or one edit apart.
   */
  static boolean close(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String[] x = normalize(a).split(" ");
    String[] y = normalize(b).split(" ");
    if (x.length == 0 || y.length == 0 || !x[x.length - 1].equals(y[y.length - 1])) {
      return false;
    }
    String first = x[0];
    String other = y[0];
    return first.equals(other)
        || first.startsWith(other)
        || other.startsWith(first)
        || atMostOneEditApart(first, other);
  }

  /** An email with the same local part at another domain, or a phone one digit apart. */
  static boolean similarContact(
      List<String> emails,
      List<String> phones,
      Collection<String> knownEmails,
      Collection<String> knownPhones) {
    boolean email =
        emails.stream()
            .anyMatch(
                e ->
                    knownEmails.stream()
                        .anyMatch(
                            k ->
                                local(e).equals(local(k))
                                    || atMostOneEditApart(local(e), local(k))));
    boolean phone =
        phones.stream()
            .anyMatch(
                p ->
                    knownPhones.stream()
                        .anyMatch(k -> p.length() == k.length() && atMostOneEditApart(p, k)));
    return email || phone;
  }

  private static String local(String email) {
    int at = email.indexOf('@');
    return (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT).replace(".", "");
  }

  /** Levenshtein distance ≤ 1: equal, or one character inserted, deleted or replaced. */
  static boolean atMostOneEditApart(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (longer.length() - shorter.length() > 1) {
      return false;
    }
    int start = 0;
    while (start < shorter.length() && shorter.charAt(start) == longer.charAt(start)) {
      start++;
    }
    if (start == shorter.length()) {
      return true;
    }
    // after the first difference the rest must match, past one character of the longer (or of both)
    int skip = longer.length() == shorter.length() ? 1 : 0;
    return shorter.regionMatches(start + skip, longer, start + 1, shorter.length() - start - skip);
  }
}
