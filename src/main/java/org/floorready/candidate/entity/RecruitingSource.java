package org.floorready.candidate.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.floorready.security.entity.Audited;

/**
 * Where people come from, as an admin keeps it: a job board, referrals, an agency or BPO vendor, a
 * job fair. Its code goes into careers links ({@code ?source=code}); its cost model says what it
 * costs. A person's source is who found them; the intake channel (careers page, upload) is how
 * their application arrived and stays apart.
 */
@Entity
@Table(name = "recruiting_source")
public class RecruitingSource implements Audited {
  /** What kind of source. */
  @Schema(name = "SourceKind")
  public enum Kind {
    JOB_BOARD,
    REFERRAL,
    AGENCY,
    BPO_VENDOR,
    JOB_FAIR,
    SOCIAL_MEDIA,
    OTHER
  }

  /** How a source is paid for. */
  @Schema(name = "SourceCostModel")
  public enum CostModel {
    /** Free (referrals without a bonus, the own careers page). */
    NONE,
    /** A subscription: the amount per calendar month from {@code costSince} until retired. */
    PER_MONTH,
    /** A fee per hire (agency fee, referral bonus). */
    PER_HIRE,
    /** A fee per applicant (pay-per-application job boards). */
    PER_APPLICANT;

    /**
     * What a source cost over the days {@code from} to {@code to} (both included) that brought
     * {@code applicants} and {@code hires}. A monthly fee counts each month in proportion to its
     * days in the period that fall from {@code since} up to the day before {@code retiredOn}.
     */
    public BigDecimal cost(
        BigDecimal amount,
        LocalDate since,
        LocalDate retiredOn,
        LocalDate from,
        LocalDate to,
        long applicants,
        long hires) {
      BigDecimal cost =
          switch (this) {
            case NONE -> BigDecimal.ZERO;
            case PER_HIRE -> amount.multiply(BigDecimal.valueOf(hires));
            case PER_APPLICANT -> amount.multiply(BigDecimal.valueOf(applicants));
            case PER_MONTH -> monthly(amount, since, retiredOn, from, to);
          };
      return cost.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal monthly(
        BigDecimal amount, LocalDate since, LocalDate retiredOn, LocalDate from, LocalDate to) {
      LocalDate first = since.isAfter(from) ? since : from;
      LocalDate last = retiredOn != null && !retiredOn.isAfter(to) ? retiredOn.minusDays(1) : to;
      BigDecimal total = BigDecimal.ZERO;
      for (YearMonth m = YearMonth.from(first);
          !first.isAfter(last) && !m.isAfter(YearMonth.from(last));
          m = m.plusMonths(1)) {
        LocalDate start = first.isAfter(m.atDay(1)) ? first : m.atDay(1);
        LocalDate end = last.isBefore(m.atEndOfMonth()) ? last : m.atEndOfMonth();
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        total =
            total.add(
                amount
                    .multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(m.lengthOfMonth()), 10, RoundingMode.HALF_UP));
      }
      return total;
    }
  }

  /** A code as it goes into a link: lower-case letters, digits and dashes. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruiting_source_seq")
  @SequenceGenerator(
      name = "recruiting_source_seq",
      sequenceName = "recruiting_source_seq",
      allocationSize = 50)
  private Long id;

  private String name;
  private String code;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  private CostModel costModel;

  private BigDecimal costAmount;
  private LocalDate costSince;
  private LocalDate retiredOn;
  @Version private long version;

  protected RecruitingSource() {}

  public RecruitingSource(
      String name, String code, Kind kind, CostModel model, BigDecimal amount, LocalDate since) {
    define(name, code, kind, model, amount, since);
  }

  /** The code a name suggests: "Indeed (sponsored)" → "indeed-sponsored". */
  public static String codeFor(String name) {
    String code =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    code = code.length() > 40 ? code.substring(0, 40).replaceAll("-+$", "") : code;
    return code.isEmpty() ? "source" : code;
  }

  public void define(
      String name, String code, Kind kind, CostModel model, BigDecimal amount, LocalDate since) {
    this.name = name;
    this.code = code;
    this.kind = kind;
    this.costModel = model;
    this.costAmount = model == CostModel.NONE ? BigDecimal.ZERO : amount;
    this.costSince = since;
  }

  /** Retired sources take no new people (old links are ignored) and a monthly fee stops. */
  public void retire(LocalDate today) {
    if (retiredOn == null) {
      retiredOn = today;
    }
  }

  public void reactivate() {
    retiredOn = null;
  }

  public boolean active() {
    return retiredOn == null;
  }

  @Override
  public String auditId() {
    return name;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("code", code);
    s.put("kind", kind);
    s.put("costModel", costModel);
    s.put("costAmount", costAmount);
    s.put("costSince", costSince);
    s.put("retiredOn", retiredOn);
    return s;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String code() {
    return code;
  }

  public Kind kind() {
    return kind;
  }

  public CostModel costModel() {
    return costModel;
  }

  public BigDecimal costAmount() {
    return costAmount;
  }

  public LocalDate costSince() {
    return costSince;
  }

  public LocalDate retiredOn() {
    return retiredOn;
  }

  public long version() {
    return version;
  }
}
