package cn.gov.hubei.jxt.pilot.call;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the terms of a call for tests: {@code aCall().opening(t).closing(t2).build()}. Titles are unique so that
 * tests never depend on each other's data.
 */
public final class CallFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Integer year;
    private String title = "测试遴选 " + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    private String notice = "请各地按要求组织申报。";
    private LocalDateTime opensAt = LocalDateTime.of(2031, 3, 1, 9, 0);
    private LocalDateTime closesAt = LocalDateTime.of(2031, 4, 30, 17, 0);
    private LocalDateTime deadline = LocalDateTime.of(2031, 5, 15, 17, 0);
    private Integer quota = 10;
    private Integer maxProjects = 2;
    private String elementConditionVersion = "2020";

    private CallFixtures() {
    }

    public static CallFixtures aCall() {
        return new CallFixtures();
    }

    /** A filing window opening at {@code opensAt}, closing 60 days later, recommenders 15 days after that. */
    public static CallFixtures aCallOpeningAt(LocalDateTime opensAt) {
        return aCall().opening(opensAt).closing(opensAt.plusDays(60)).deadline(opensAt.plusDays(75));
    }

    public CallFixtures year(Integer year) {
        this.year = year;
        return this;
    }

    public CallFixtures title(String title) {
        this.title = title;
        return this;
    }

    public CallFixtures notice(String notice) {
        this.notice = notice;
        return this;
    }

    public CallFixtures opening(LocalDateTime opensAt) {
        this.opensAt = opensAt;
        return this;
    }

    public CallFixtures closing(LocalDateTime closesAt) {
        this.closesAt = closesAt;
        return this;
    }

    public CallFixtures deadline(LocalDateTime deadline) {
        this.deadline = deadline;
        return this;
    }

    public CallFixtures quota(Integer quota) {
        this.quota = quota;
        return this;
    }

    public CallFixtures maxProjects(Integer maxProjects) {
        this.maxProjects = maxProjects;
        return this;
    }

    public CallFixtures elementConditionVersion(String version) {
        this.elementConditionVersion = version;
        return this;
    }

    public NewCall build() {
        Integer callYear = year != null ? year : opensAt == null ? null : opensAt.getYear();
        return new NewCall(callYear, title, notice, instant(opensAt), instant(closesAt), instant(deadline), quota,
                maxProjects, elementConditionVersion);
    }

    private static java.time.Instant instant(LocalDateTime shanghaiTime) {
        return shanghaiTime == null ? null : shanghaiTime.atZone(SHANGHAI).toInstant();
    }
}
