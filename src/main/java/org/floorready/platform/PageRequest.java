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
  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  public int page;

  @QueryParam("size")
  @DefaultValue("25")
  @Min(1)
  @Max(500)
  public int size;

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

  public int offset() {
    return page * size;
  }
}
