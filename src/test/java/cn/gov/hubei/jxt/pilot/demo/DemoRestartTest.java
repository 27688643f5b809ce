package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** What people do with demo data survives a restart, and demo data never stops the system from starting. */
@IntegrationTest
class DemoRestartTest {

    @Autowired DemoData demoData;
    @Autowired DemoSteps steps;
    @Autowired ProjectApplications applications;
    @Autowired Enterprises enterprises;
    @Autowired JdbcClient jdbc;

    @Test
    void everyStepIsRecordedOnceLoaded() {
        assertThat(jdbc.sql("select step from demo_data_step order by step").query(String.class).list())
                .contains("accounts", "applications", "enterprises", "recommendations");
    }

    @Test
    void aRenamedDemoDraftIsKeptAndNothingIsCreatedAgainOnTheNextStart() {
        ApplicationScope scope = ApplicationScope.enterprise(
                enterprises.findByCreditCode(DemoData.ENTERPRISE_CODE).orElseThrow().id());
        ApplicationSummary draft = applications.list(ApplicationQuery.in(scope)).stream()
                .filter(a -> a.status() == ApplicationStatus.DRAFT).findFirst().orElseThrow();
        rename(draft.id(), "改名后的草稿项目");
        try {
            long applicationsBefore = count("project_application");
            long accountsBefore = count("user_account");

            assertThatCode(() -> demoData.run(new DefaultApplicationArguments())).doesNotThrowAnyException();

            assertThat(count("project_application")).isEqualTo(applicationsBefore);
            assertThat(count("user_account")).isEqualTo(accountsBefore);
            List<String> names = applications.list(ApplicationQuery.in(scope)).stream().map(ApplicationSummary::projectName).toList();
            assertThat(names).contains("改名后的草稿项目");
        } finally {
            rename(draft.id(), draft.projectName()); // other tests find the demo draft by its name
        }
    }

    private void rename(long id, String name) {
        jdbc.sql("update project_application set project_name = :name where id = :id")
                .param("name", name).param("id", id).update();
    }

    @Test
    void aFailingStepIsLoggedLeavesNothingBehindAndIsTriedAgainLater() {
        AtomicBoolean ran = new AtomicBoolean();
        boolean loaded = steps.load("test-failing-step", () -> {
            jdbc.sql("insert into demo_data_step (step, loaded_at) values ('test-partial-write', now())").update();
            ran.set(true);
            throw new IllegalStateException("cap reached");
        });
        assertThat(ran).isTrue();
        assertThat(loaded).isFalse();
        assertThat(steps.loaded("test-failing-step")).isFalse();
        assertThat(steps.loaded("test-partial-write")).as("the step's writes are rolled back").isFalse();

        assertThat(steps.load("test-failing-step", () -> { })).as("tried again at the next start").isTrue();
        assertThat(steps.load("test-failing-step", () -> {
            throw new AssertionError("a loaded step never runs again");
        })).isFalse();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
