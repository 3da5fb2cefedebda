package org.floorready.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The paging and sorting every list endpoint shares: {@code ?page=0&size=25&sort=-createdAt}. A
 * leading minus sorts descending. Filters are further query parameters of each endpoint.
 */
public class PageRequest {
  /** Beyond this many items a list is searched with filters, not paged through. */
  public static final int MAX_PAGE = 100_000;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(MAX_PAGE)
  public Integer page = 0;

  @QueryParam("size")
  @DefaultValue("25")
  @Min(1)
  @Max(500)
  public Integer size = 25;

  @QueryParam("sort")
  @Pattern(regexp = "-?[A-Za-z]+", message = "must be a field name, optionally preceded by '-'")
  public String sort;

  public static PageRequest of(int page, int size, String sort) {
    PageRequest request = new PageRequest();
    request.page = page;
    request.size = size;
    request.sort = sort;
    return request;
  }

  /** Where the page starts; the page number is bounded, so this cannot overflow. */
  public int offset() {
    return page() * size();
  }

  public int page() {
    return page == null ? 0 : page;
  }

  public int size() {
    return size == null ? 25 : size;
  }
}
