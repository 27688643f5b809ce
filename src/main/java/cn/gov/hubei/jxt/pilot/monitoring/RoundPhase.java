package cn.gov.hubei.jxt.pilot.monitoring;

import java.time.LocalDate;

/** A reporting round's phase on a day: before its opening day, open through its deadline, closed after it. */
public enum RoundPhase {
    NOT_OPEN, OPEN, CLOSED;

    public static RoundPhase on(LocalDate today, LocalDate opensOn, LocalDate deadline) {
        if (today.isBefore(opensOn)) {
            return NOT_OPEN;
        }
        return today.isAfter(deadline) ? CLOSED : OPEN;
    }

    public String labelKey() {
        return "monitoring.phase." + name();
    }
}
