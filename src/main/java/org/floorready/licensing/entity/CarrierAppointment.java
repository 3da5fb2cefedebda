package org.floorready.licensing.entity;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An appointment with a carrier in one state, until it is terminated. */
@Embeddable
public class CarrierAppointment {
  private String carrier;
  private LocalDate appointedOn;
  private LocalDate terminatedOn;

  protected CarrierAppointment() {}

  public CarrierAppointment(String carrier, LocalDate appointedOn, LocalDate terminatedOn) {
    this.carrier = carrier;
    this.appointedOn = appointedOn;
    this.terminatedOn = terminatedOn;
  }

  public String carrier() {
    return carrier;
  }

  public LocalDate appointedOn() {
    return appointedOn;
  }

  public LocalDate terminatedOn() {
    return terminatedOn;
  }
}
