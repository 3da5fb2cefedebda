package org.floorready.resume.entity;

import java.util.List;

/**
 * A state insurance license the resume claims. {@code resident} is null when the resume does not
 * say; {@code status} is "active" or "lapsed".
 */
public record HeldLicense(
        String state, List<String> linesOfAuthority, String number, Boolean resident, String status) {

    public static final String ACTIVE = "active";
    public static final String LAPSED = "lapsed";

    public HeldLicense {
        linesOfAuthority = List.copyOf(linesOfAuthority);
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
