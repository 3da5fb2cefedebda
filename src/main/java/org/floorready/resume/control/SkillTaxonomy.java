package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact-center and insurance tools FloorReady looks for in resumes: dialers and CCaaS
 * platforms, CRMs, agency and policy systems, raters, office tools. The maintained list is {@code
 * skills.txt} next to this class; administrators add their own terms through the constructor, and a
 * term of theirs with a listed name adds spellings to it.
 */
public final class SkillTaxonomy {

  private static final String MAINTAINED_LIST = "skills.txt";

  private final List<TermDefinition> terms;
  private final TermMatcher matcher;

  public SkillTaxonomy() {
    this(List.of());
  }

  public SkillTaxonomy(Collection<TermDefinition> additional) {
    Map<String, List<String>> aliasesByName = new LinkedHashMap<>();
    List<TermDefinition> all = new ArrayList<>(TermMatcher.readResource(MAINTAINED_LIST));
    all.addAll(additional);
    for (TermDefinition term : all) {
      aliasesByName.computeIfAbsent(term.name(), name -> new ArrayList<>()).addAll(term.aliases());
    }
    this.terms =
        aliasesByName.entrySet().stream()
            .map(entry -> new TermDefinition(entry.getKey(), entry.getValue()))
            .toList();
    this.matcher = new TermMatcher(terms);
  }

  public List<TermDefinition> terms() {
    return terms;
  }

  /** Canonical skill names found in the lines, each with the first line it was found on. */
  List<Found<String>> find(List<ResumeLine> lines) {
    int[] lineStarts = new int[lines.size()];
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      lineStarts[i] = joined.length();
      joined.append(lines.get(i).text()).append('\n');
    }
    Map<String, Found<String>> found = new LinkedHashMap<>();
    for (TermMatcher.Hit hit : matcher.find(joined.toString())) {
      int at = Arrays.binarySearch(lineStarts, hit.start());
      String line = lines.get(at >= 0 ? at : -at - 2).text();
      found.putIfAbsent(hit.name(), new Found<>(hit.name(), line));
    }
    return List.copyOf(found.values());
  }
}
