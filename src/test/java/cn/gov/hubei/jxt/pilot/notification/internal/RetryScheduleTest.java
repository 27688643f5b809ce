package cn.gov.hubei.jxt.pilot.notification.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    final RetrySchedule defaults = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 10);

    @Test
    void doublesTheWaitAfterEachFailureUpToAnHour() {
        assertThat(defaults.waitAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(defaults.waitAfter(2)).contains(Duration.ofMinutes(1));
        assertThat(defaults.waitAfter(3)).contains(Duration.ofMinutes(2));
        assertThat(defaults.waitAfter(7)).contains(Duration.ofMinutes(32));
        assertThat(defaults.waitAfter(8)).contains(Duration.ofHours(1));
        assertThat(defaults.waitAfter(9)).contains(Duration.ofHours(1));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(defaults.waitAfter(10)).isEmpty();
        assertThat(new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 1).waitAfter(1)).isEmpty();
    }
}
