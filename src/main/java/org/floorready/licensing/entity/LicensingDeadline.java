package org.floorready.licensing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.floorready.platform.InvalidInput;
import org.floorready.security.entity.Audited;

/** How many days after the hire a requisition's people must hold their resident license. */
@Entity
@Table(name = "licensing_deadline")
public class LicensingDeadline implements Audited {
  @Id private long requisitionId;
  private int days;
  private String changedBy;
  @Version private long version;

  protected LicensingDeadline() {}

  public LicensingDeadline(long requisitionId, int days, String by) {
    this.requisitionId = requisitionId;
    set(days, by);
  }

  public void set(int days, String by) {
    if (days < 1 || days > 365) {
      throw new InvalidInput("days", "must be 1 to 365");
    }
    this.days = days;
    this.changedBy = by;
  }

  @Override
  public String auditId() {
    return "requisition " + requisitionId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("days", days);
    return s;
  }

  public long requisitionId() {
    return requisitionId;
  }

  public int days() {
    return days;
  }

  public long version() {
    return version;
  }
}
