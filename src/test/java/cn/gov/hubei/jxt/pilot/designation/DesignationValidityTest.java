package cn.gov.hubei.jxt.pilot.designation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The validity rule of docs/designation.md: from the publication date to the day before its third anniversary. */
class DesignationValidityTest {

    @Test
    void threeYearsFromThePublicationDateThatDayIncluded() {
        assertThat(DesignationValidity.validUntil(LocalDate.of(2025, 6, 10))).isEqualTo(LocalDate.of(2028, 6, 9));
        assertThat(DesignationValidity.validUntil(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(DesignationValidity.validUntil(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2028, 12, 30));
    }

    @Test
    void theTwentyNinthOfFebruaryEndsOnTheTwentyEighthAndTheFirstOfMarchOnTheLeapDay() {
        // the anniversary of 29 February in a year without one is 1 March: valid until 28 February
        assertThat(DesignationValidity.validUntil(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(DesignationValidity.validUntil(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2031, 2, 28));
        // published on 1 March 2025: the day before 1 March 2028 is the leap day
        assertThat(DesignationValidity.validUntil(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DesignationValidity.validUntil(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2029, 2, 27));
        assertThat(DesignationValidity.validUntil(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 27));
    }

    @Test
    void validThroughTheLastDayExpiredTheDayAfterRevokedWhatever() {
        LocalDate until = LocalDate.of(2028, 6, 9);
        assertThat(DesignationValidity.statusOn(until, until, false)).isEqualTo(DesignationStatus.VALID);
        assertThat(DesignationValidity.statusOn(until.plusDays(1), until, false)).isEqualTo(DesignationStatus.EXPIRED);
        assertThat(DesignationValidity.statusOn(until.minusYears(1), until, true)).isEqualTo(DesignationStatus.REVOKED);
        assertThat(DesignationValidity.statusOn(until.plusDays(1), until, true)).isEqualTo(DesignationStatus.REVOKED);
    }
}
