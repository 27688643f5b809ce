package cn.gov.hubei.jxt.pilot.designation;

import java.time.LocalDate;

/**
 * The validity rule (docs/designation.md): a designation is valid for three years from the publication date, that
 * day included — from {@code validFrom} to the day before its third anniversary. The anniversary of 29 February in a
 * year without one is 1 March, so a designation published on 29 February 2024 is valid until 28 February 2027
 * (never a day less than three years). The database checks the same rule on every stored row.
 */
public final class DesignationValidity {

    private DesignationValidity() {
    }

    /** The last day of validity of a designation published on {@code validFrom}. */
    public static LocalDate validUntil(LocalDate validFrom) {
        LocalDate anniversary = validFrom.getMonthValue() == 2 && validFrom.getDayOfMonth() == 29
                ? validFrom.plusDays(1).plusYears(3)
                : validFrom.plusYears(3);
        return anniversary.minusDays(1);
    }

    /** The standing on {@code today}: revoked whenever revoked, else valid through {@code validUntil}, then expired. */
    public static DesignationStatus statusOn(LocalDate today, LocalDate validUntil, boolean revoked) {
        if (revoked) {
            return DesignationStatus.REVOKED;
        }
        return today.isAfter(validUntil) ? DesignationStatus.EXPIRED : DesignationStatus.VALID;
    }
}
