package cn.gov.hubei.jxt.pilot.web;

import java.time.Duration;
import java.time.Instant;

/**
 * A deadline as a home page shows it: what closes ({@code labelKey}, e.g. 申报截止), when, and how long is left
 * (whole days; under one day and past are said as such). Public for the templates.
 *
 * @param remainingKey {@code home.deadline.left} (with {@link #days}), {@code home.deadline.today} or
 *                     {@code home.deadline.passed}
 */
public record Deadline(String labelKey, Instant at, String remainingKey, long days) {

    static Deadline of(String labelKey, Instant at, Instant now) {
        if (at == null) {
            return null;
        }
        if (!now.isBefore(at)) {
            return new Deadline(labelKey, at, "home.deadline.passed", 0);
        }
        long days = Duration.between(now, at).toDays();
        return new Deadline(labelKey, at, days == 0 ? "home.deadline.today" : "home.deadline.left", days);
    }

    public boolean passed() {
        return remainingKey.equals("home.deadline.passed");
    }
}
