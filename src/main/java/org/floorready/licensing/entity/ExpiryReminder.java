package org.floorready.licensing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder sent: one per person, item (a state's license, a certification), expiry date and
 * threshold. Its key makes each reminder happen once, whichever node sends it; a renewal (a new
 * expiry date) starts the reminders over.
 */
@Entity
@Table(name = "expiry_reminder")
@IdClass(ExpiryReminder.Key.class)
public class ExpiryReminder {
  /** The key. */
  public static class Key implements Serializable {
    private long licenseeId;
    private String item;
    private LocalDate expiresOn;
    private int threshold;

    public Key() {}

    public Key(long licenseeId, String item, LocalDate expiresOn, int threshold) {
      this.licenseeId = licenseeId;
      this.item = item;
      this.expiresOn = expiresOn;
      this.threshold = threshold;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.licenseeId == licenseeId
          && k.item.equals(item)
          && k.expiresOn.equals(expiresOn)
          && k.threshold == threshold;
    }

    @Override
    public int hashCode() {
      return Objects.hash(licenseeId, item, expiresOn, threshold);
    }
  }

  @Id private long licenseeId;
  @Id private String item;
  @Id private LocalDate expiresOn;
  @Id private int threshold;
  private Instant sentAt;

  protected ExpiryReminder() {}

  public ExpiryReminder(
      long licenseeId, String item, LocalDate expiresOn, int threshold, Instant sentAt) {
    this.licenseeId = licenseeId;
    this.item = item;
    this.expiresOn = expiresOn;
    this.threshold = threshold;
    this.sentAt = sentAt;
  }
}
