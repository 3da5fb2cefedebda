package org.floorready.resume.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;

/** Phone numbers typed into forms, as E.164 (US numbers need no country code). */
public final class PhoneNumbers {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  public static Optional<String> e164(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    try {
      var number = UTIL.parse(typed, "US");
      return UTIL.isPossibleNumber(number)
          ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
