package org.floorready.security.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.floorready.platform.demo.SeedDemoData;
import org.floorready.security.control.PasswordHasher;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.security.entity.Team;

/** Demo teams and one or more users per role, all with the demo password. */
@ApplicationScoped
public class DemoUsers {
  private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

  /** A demo login as printed at first start and listed in the README. */
  record Login(String email, String name, EnumSet<Role> roles, String team, String zone) {}

  static final Login[] LOGINS = {
    new Login(
        "admin@floorready.example.com",
        "Avery Admin",
        EnumSet.of(Role.ADMIN),
        null,
        "America/Chicago"),
    new Login(
        "riley.recruiter@floorready.example.com",
        "Riley Recruiter",
        EnumSet.of(Role.RECRUITER),
        null,
        "America/Chicago"),
    new Login(
        "sam.sourcer@floorready.example.com",
        "Sam Sourcer",
        EnumSet.of(Role.RECRUITER),
        null,
        "America/Denver"),
    new Login(
        "morgan.manager@floorready.example.com",
        "Morgan Manager",
        EnumSet.of(Role.HIRING_MANAGER, Role.INTERVIEWER),
        "Auto Sales East",
        "America/New_York"),
    new Login(
        "jordan.manager@floorready.example.com",
        "Jordan Manager",
        EnumSet.of(Role.HIRING_MANAGER, Role.INTERVIEWER),
        "Home & Renters Central",
        "America/Chicago"),
    new Login(
        "dana.director@floorready.example.com",
        "Dana Director",
        EnumSet.of(Role.HIRING_MANAGER),
        null,
        "America/Los_Angeles"),
    new Login(
        "casey.interviewer@floorready.example.com",
        "Casey Interviewer",
        EnumSet.of(Role.INTERVIEWER),
        "Auto Sales East",
        "America/Phoenix"),
    new Login(
        "taylor.trainer@floorready.example.com",
        "Taylor Trainer",
        EnumSet.of(Role.TRAINER),
        null,
        "America/Chicago"),
  };

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;

  @Transactional
  void seed(@Observes @Priority(100) SeedDemoData demo) {
    Team east = new Team("Auto Sales East", "Charlotte, NC", ZoneId.of("America/New_York"));
    Team central = new Team("Home & Renters Central", "Dallas, TX", ZoneId.of("America/Chicago"));
    Team west = new Team("Bundles West", "Remote", ZoneId.of("America/Los_Angeles"));
    em.persist(east);
    em.persist(central);
    em.persist(west);
    String hash = hasher.hash(demo.password());
    StringBuilder printed =
        new StringBuilder("Demo logins (password for all: " + demo.password() + "):");
    for (Login login : LOGINS) {
      AppUser user =
          new AppUser(login.email(), login.name(), hash, login.roles(), ZoneId.of(login.zone()));
      Team team = login.team() == null ? null : login.team().equals(east.name()) ? east : central;
      user.update(login.name(), login.roles(), ZoneId.of(login.zone()), team);
      em.persist(user);
      printed.append("\n  ").append(String.format("%-42s %s", login.email(), login.roles()));
    }
    LOG.info(printed.toString());
  }
}
