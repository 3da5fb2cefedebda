package org.floorready.candidate.control;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Name and contact likeness for probable duplicates ("Jon Smith" / "Jonathan Smith", one digit apart). */
final class NameSimilarity {
  private NameSimilarity() {}

  static String normalize(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\b(jr|sr|ii|iii|iv)\\b", " ")
        .replaceAll("\\s+", " ").trim();
  }

  static String lastName(String name) {
    String[] parts = normalize(name).split(" ");
    return parts[parts.length - 1];
  }

  /** Same last name and first names that are equal, one a prefix of the other, or one edit apart. */
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
    return first.equals(other) || first.startsWith(other) || other.startsWith(first) || distance(first, other) <= 1;
  }

  /** An email with the same local part at another domain, or a phone one digit apart. */
  static boolean similarContact(List<String> emails, List<String> phones, Collection<String> knownEmails,
      Collection<String> knownPhones) {
    boolean email = emails.stream().anyMatch(e -> knownEmails.stream().anyMatch(k -> local(e).equals(local(k))
        || distance(local(e), local(k)) <= 1));
    boolean phone = phones.stream().anyMatch(p -> knownPhones.stream().anyMatch(k -> p.length() == k.length()
        && distance(p, k) <= 1));
    return email || phone;
  }

  private static String local(String email) {
    int at = email.indexOf('@');
    return (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT).replace(".", "");
  }

  static int distance(String a, String b) {
    return LevenshteinDistance.getDefaultInstance().apply(a, b);
  }
}
