package org.floorready.application.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds @mentions in a note: {@code @riley.recruiter} (the part of a colleague's email before
 * the @) or a whole address, {@code @riley.recruiter@floorready.example.com}. An @ inside an email
 * address someone typed (jane@example.com) is not a mention.
 */
public final class Mentions {
  private static final Pattern MENTION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}._%+-]*[\\p{L}\\p{N}_%+-](?:@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,})?)");

  private Mentions() {}

  /** The handles mentioned, in order, each once, in lower case. */
  public static List<String> in(String text) {
    Set<String> handles = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(text == null ? "" : text);
    while (m.find()) {
      handles.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return List.copyOf(handles);
  }

  /** Whether a user with this email answers to the handle. */
  public static boolean matches(String handle, String email) {
    String e = email.toLowerCase(java.util.Locale.ROOT);
    return handle.contains("@")
        ? e.equals(handle)
        : e.substring(0, Math.max(0, e.indexOf('@'))).equals(handle);
  }
}
