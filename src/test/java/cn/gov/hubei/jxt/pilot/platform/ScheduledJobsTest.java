package cn.gov.hubei.jxt.pilot.platform;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.ProjectClasses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled jobs run in the application unless {@code app.scheduling.enabled=false}; the tests turn them off and
 * call the jobs themselves.
 */
@IntegrationTest
class ScheduledJobsTest {

    static final List<String> JOBS = List.of("CallClockJob.advanceCalls", "OutboxSender.deliverOnSchedule",
            "RecommendationReminders.run", "NoticeClockJob.advanceNotices", "AuditCheckpointJob.signCheckpoint",
            "RateLimits.removeExpired", "ObjectorDataRetention.anonymiseOnSchedule",
            "RegistrationRetention.anonymiseOnSchedule", "MonitoringClockJob.advance",
            "AnalyticsRefreshJob.refreshIfStale");

    @Autowired ApplicationContext application;

    @Test
    void theApplicationsScheduledJobsAreExactlyTheListedOnes() {
        assertThat(scheduledMethods()).extracting(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .containsExactlyInAnyOrderElementsOf(JOBS);
    }

    @Test
    void theTestsRunWithoutScheduledJobs() {
        assertThat(application.getBeansOfType(ScheduledTaskHolder.class)).isEmpty();
        for (Method job : scheduledMethods()) {
            assertThat(application.getBeanNamesForType(job.getDeclaringClass())).as(job.toString()).hasSize(1);
        }
    }

    @Test
    void withThePropertyUnsetEveryJobIsScheduled() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(SchedulingConfiguration.class);
        for (Method job : scheduledMethods()) {
            runner = withBeanOf(runner, job.getDeclaringClass());
        }
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(tasks(context)).hasSize(JOBS.size()).allSatisfy(task -> assertThat(JOBS.stream()
                    .anyMatch(job -> task.toString().endsWith(job))).as(task.toString()).isTrue());
        });
    }

    @Test
    void appSchedulingEnabledFalseSchedulesNothing() {
        new ApplicationContextRunner().withUserConfiguration(SchedulingConfiguration.class, Probe.class)
                .withPropertyValues("app.scheduling.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ScheduledTaskHolder.class));
        new ApplicationContextRunner().withUserConfiguration(SchedulingConfiguration.class, Probe.class)
                .withPropertyValues("app.scheduling.enabled=true")
                .run(context -> assertThat(tasks(context)).singleElement().asString().endsWith("Probe.tick"));
    }

    /** The running application's bean of that class: the job exactly as the application has it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private ApplicationContextRunner withBeanOf(ApplicationContextRunner runner, Class<?> type) {
        return runner.withBean(type.getSimpleName(), (Class) type, () -> application.getBean(type));
    }

    private static Collection<ScheduledTask> tasks(ApplicationContext context) {
        return context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream()).toList();
    }

    /** Every method of the main code that carries {@code @Scheduled}. */
    private static List<Method> scheduledMethods() {
        return ProjectClasses.main().stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(Scheduled.class)).toList();
    }

    static class Probe {
        @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
        void tick() {
        }
    }
}
