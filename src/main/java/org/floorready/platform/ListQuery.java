package org.floorready.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JPQL of a filtered, sorted, paged list and its count, so that every list endpoint
 * filters and sorts the same way. Sorting is allowed only by the fields the endpoint names.
 */
public final class ListQuery<T> {
  private final Class<T> type;
  private final String alias;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final Map<String, String> sortable = new LinkedHashMap<>();
  private String defaultSort;

  private ListQuery(Class<T> type, String alias) {
    this.type = type;
    this.alias = alias;
  }

  public static <T> ListQuery<T> of(Class<T> type, String alias) {
    return new ListQuery<>(type, alias);
  }

  /** Adds a condition when the value is given; {@code :p} in the JPQL names the parameter. */
  public ListQuery<T> where(String jpql, String parameter, Object value) {
    if (value != null && !(value instanceof String text && text.isBlank())) {
      conditions.add(jpql);
      parameters.put(parameter, value);
    }
    return this;
  }

  public ListQuery<T> where(String jpql) {
    conditions.add(jpql);
    return this;
  }

  public ListQuery<T> param(String parameter, Object value) {
    parameters.put(parameter, value);
    return this;
  }

  /** A field clients may sort by, and the JPQL path it stands for. */
  public ListQuery<T> sortable(String field, String path) {
    sortable.put(field, path);
    return this;
  }

  public ListQuery<T> defaultSort(String sort) {
    this.defaultSort = sort;
    return this;
  }

  public Page<T> page(EntityManager em, PageRequest request) {
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    String from = " from " + type.getSimpleName() + " " + alias + where;
    TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
    TypedQuery<T> select =
        em.createQuery("select " + alias + from + orderBy(request.sort), type)
            .setFirstResult(request.offset())
            .setMaxResults(request.size());
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          select.setParameter(name, value);
        });
    return Page.of(select.getResultList(), request, count.getSingleResult());
  }

  private String orderBy(String requested) {
    String sort = requested == null || requested.isBlank() ? defaultSort : requested;
    if (sort == null) {
      return " order by " + alias + ".id";
    }
    boolean descending = sort.startsWith("-");
    String field = descending ? sort.substring(1) : sort;
    String path = sortable.get(field);
    if (path == null) {
      throw new BadRequestException(
          "Cannot sort by '"
              + field
              + "'. Sortable fields: "
              + String.join(", ", sortable.keySet()));
    }
    // empty values last whichever the direction, on both databases (their defaults differ)
    return " order by " + path + (descending ? " desc" : " asc") + " nulls last, " + alias + ".id";
  }
}
