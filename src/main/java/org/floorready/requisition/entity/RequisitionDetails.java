package org.floorready.requisition.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Team;

/** Everything a recruiter fills in on a requisition, resolved to entities. */
public record RequisitionDetails(
    String title,
    Team team,
    WorkMode workMode,
    String site,
    Set<String> remoteStates,
    Set<LicenseRequirement> licenses,
    int openings,
    LocalDate targetStartDate,
    BigDecimal payMin,
    BigDecimal payMax,
    String payCurrency,
    PayBasis payBasis,
    String shift,
    String schedule,
    EmploymentType employmentType,
    AppUser hiringManager,
    AppUser recruiter,
    Set<AppUser> interviewers,
    String description,
    List<ScreeningCriterion> criteria,
    List<KnockoutQuestion> knockoutQuestions) {}
