package org.floorready.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.floorready.platform.ValidTimeZone;
import org.floorready.security.entity.Team;

/** A team as the API shows it. */
public record TeamView(long id, String name, String site, String timeZone, long version) {
  static TeamView of(Team team) {
    return new TeamView(team.id(), team.name(), team.site(), team.timeZone(), team.version());
  }

  /** Name, site and zone of a new or changed team. */
  public record Edit(
      @NotBlank @Size(max = 120) String name,
      @Size(max = 120) String site,
      @NotNull @ValidTimeZone String timeZone,
      Long version) {
    public Edit(String name, String site, String timeZone, Long version) {
      this.name = name;
      this.site = site;
      this.timeZone = timeZone;
      this.version = version;
    }
  }
}
