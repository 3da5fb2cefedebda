package org.floorready.security.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.floorready.platform.ValidTimeZone;
import org.floorready.security.control.PasswordHasher;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/** A user as the API shows it, and the bodies that create and change one. */
public record UserView(
    long id,
    String email,
    String displayName,
    Set<String> roles,
    String timeZone,
    Long teamId,
    String teamName,
    boolean enabled,
    Instant createdAt,
    long version) {

  static UserView of(AppUser user) {
    return new UserView(
        user.id(),
        user.email(),
        user.displayName(),
        user.actingRoleNames(),
        user.timeZone(),
        user.team() == null ? null : user.team().id(),
        user.team() == null ? null : user.team().name(),
        user.enabled(),
        user.createdAt(),
        user.version());
  }

  /** A new user; the admin passes the first password on to the person. */
  public record NewUser(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 200) String displayName,
      @NotNull @Size(min = PasswordHasher.MIN_LENGTH, max = 200) String password,
      @NotEmpty Set<@NotNull Role> roles,
      @ValidTimeZone String timeZone,
      Long teamId) {
    public NewUser(
        String email,
        String displayName,
        String password,
        Set<Role> roles,
        String timeZone,
        Long teamId) {
      this.email = email;
      this.displayName = displayName;
      this.password = password;
      this.roles = roles;
      this.timeZone = timeZone;
      this.teamId = teamId;
    }
  }

  /** Name, roles, zone, team and enabled flag of an existing user, at the version edited. */
  public record Change(
      @NotBlank @Size(max = 200) String displayName,
      @NotEmpty Set<@NotNull Role> roles,
      @NotNull @ValidTimeZone String timeZone,
      Long teamId,
      @NotNull Boolean enabled,
      Long version) {
    public Change(
        String displayName,
        Set<Role> roles,
        String timeZone,
        Long teamId,
        Boolean enabled,
        Long version) {
      this.displayName = displayName;
      this.roles = roles;
      this.timeZone = timeZone;
      this.teamId = teamId;
      this.enabled = enabled;
      this.version = version;
    }
  }

  /** A password an admin sets for someone else. */
  public record PasswordReset(
      @NotNull @Size(min = PasswordHasher.MIN_LENGTH, max = 200) String password) {
    public PasswordReset(String password) {
      this.password = password;
    }
  }
}
