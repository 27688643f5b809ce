package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assigned scope: a person assigned to applications (an expert, an inspection team) reaches exactly those, as
 * submitted (never a draft, never a draft's file), through every read; unassigning removes the access.
 */
@ApplicationIntegrationTest
class ApplicationAssignmentsTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired ApplicationAssignments assignments;
    @Autowired ApplicationPermissions permissions;
    @Autowired JdbcClient jdbc;

    Filing filing;
    Filing.Submitted assigned;
    Filing.Submitted other;
    long draft;
    long expert;
    ApplicationScope scope;

    @BeforeEach
    void twoSubmittedApplicationsADraftAndAnExpert() {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        CallSummary call = filing.openCall(null);
        assigned = filing.submitted(applications, call.id(), "420500", "指派的智能工厂项目");
        other = filing.submitted(applications, call.id(), "420500", "未指派的数字化车间项目");
        draft = applications.create(call.id(), assigned.enterprise().id(), assigned.applicant()).id();
        expert = users.findByUsername(filing.account(Role.EXPERT, null, null)).orElseThrow().id();
        scope = ApplicationScope.assigned(expert);
    }

    @Test
    void anAssignedPersonReadsExactlyTheAssignedApplicationsAsSubmitted() {
        assertThat(assignments.assign(assigned.applicationId(), expert, "officer-a")).isTrue();
        long id = assigned.applicationId();

        assertThat(applications.find(id, scope)).map(ApplicationSummary::id).contains(id);
        assertThat(applications.list(ApplicationQuery.in(scope))).extracting(ApplicationSummary::id)
                .containsExactly(id);
        assertThat(applications.count(ApplicationQuery.in(scope))).isEqualTo(1);
        assertThat(applications.versions(id, scope)).extracting(VersionInfo::number).containsExactly(1);
        assertThat(applications.version(id, 1, scope)).isPresent();
        assertThat(applications.files(id, scope)).extracting(AttachedFile::name)
                .containsExactly("架构图.png", "承诺.pdf", "信用.pdf");
        long submittedFile = applications.files(id, scope).get(0).fileId();
        assertThat(applications.readFile(id, submittedFile, scope)).map(f -> f.bytes().length)
                .contains(Filing.PNG.length);
        assertThat(applications.compare(id, 1, 1, scope).changes()).isEmpty();
        assertThat(permissions.inScope(scope, applications.find(id, ApplicationScope.ALL).orElseThrow())).isTrue();

        // the other application and the draft are not found, exactly as an id that does not exist
        long otherFile = applications.files(other.applicationId(), ApplicationScope.ALL).get(0).fileId();
        for (long unassigned : new long[] {other.applicationId(), draft}) {
            assertThat(applications.find(unassigned, scope)).isEmpty();
            assertThatThrownBy(() -> applications.versions(unassigned, scope))
                    .isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.files(unassigned, scope))
                    .isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.compare(unassigned, 1, 1, scope))
                    .isInstanceOf(ApplicationNotFoundException.class);
            assertThat(permissions.inScope(scope, applications.find(unassigned, ApplicationScope.ALL)
                    .orElseThrow())).isFalse();
        }
        assertThat(applications.readFile(other.applicationId(), otherFile, scope)).isEmpty();
        assertThatThrownBy(() -> applications.draft(id, scope)).isInstanceOf(ApplicationNotFoundException.class);
    }

    @Test
    void theWorkingDraftOfAnAssignedApplicationAndItsNewFilesStayTheEnterprises() {
        long id = assigned.applicationId();
        assignments.assign(id, expert, "officer-a");
        Deciding.decide(applications, id, ApplicationTransition.RETURN, "请补充投资明细。", null, "yichang");
        ApplicationScope enterprise = ApplicationScope.enterprise(assigned.enterprise().id());
        long draftFile = applications.attach(id, enterprise, FilePurpose.FIGURE, "修改中的架构图.png",
                new ByteArrayInputStream(Filing.PNG), Filing.PNG.length, assigned.applicant()).fileId();

        assertThat(applications.files(id, scope)).extracting(AttachedFile::fileId).doesNotContain(draftFile)
                .hasSize(3);
        assertThat(applications.readFile(id, draftFile, scope)).isEmpty();
        assertThatThrownBy(() -> applications.compare(id, 1, 0, scope))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(applications.versions(id, scope)).extracting(VersionInfo::number).containsExactly(1);
    }

    @Test
    void assigningIsIdempotentAuditedAndUnassigningRemovesTheAccess() {
        long id = assigned.applicationId();
        assertThat(assignments.assign(id, expert, "officer-a")).isTrue();
        assertThat(assignments.assign(id, expert, "officer-b")).isFalse();
        assertThat(assignments.assignees(id)).singleElement().satisfies(a -> {
            assertThat(a.accountId()).isEqualTo(expert);
            assertThat(a.assignedBy()).isEqualTo("officer-a");
            assertThat(a.assignedAt()).isEqualTo(clock.instant());
        });
        assertThat(assignments.isAssigned(id, expert)).isTrue();

        assertThat(assignments.unassign(id, expert, "officer-a")).isTrue();
        assertThat(assignments.unassign(id, expert, "officer-a")).isFalse();
        assertThat(assignments.assignees(id)).isEmpty();
        assertThat(assignments.isAssigned(id, expert)).isFalse();
        assertThat(applications.find(id, scope)).isEmpty();
        assertThat(applications.list(ApplicationQuery.in(scope))).isEmpty();
        assertThatThrownBy(() -> applications.versions(id, scope)).isInstanceOf(ApplicationNotFoundException.class);
        assertThat(applications.readFile(id, applications.files(id, ApplicationScope.ALL).get(0).fileId(), scope))
                .isEmpty();
        assertThat(permissions.inScope(scope, applications.find(id, ApplicationScope.ALL).orElseThrow())).isFalse();

        AuditEntries audit = new AuditEntries(jdbc);
        assertThat(audit.withAction("application.assign", "application", id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("officer-a");
                    assertThat(((Number) e.details().get("accountId")).longValue()).isEqualTo(expert);
                });
        assertThat(audit.withAction("application.unassign", "application", id)).hasSize(1);
    }

    @Test
    void aDraftOrAnUnknownAccountCannotBeAssigned() {
        assertThatThrownBy(() -> assignments.assign(draft, expert, "officer-a"))
                .isInstanceOf(ApplicationActionRefusedException.class)
                .extracting(e -> ((ApplicationActionRefusedException) e).code())
                .isEqualTo("application.assign.never-submitted");
        assertThatThrownBy(() -> assignments.assign(assigned.applicationId(), Long.MAX_VALUE, "officer-a"))
                .isInstanceOf(ApplicationActionRefusedException.class)
                .extracting(e -> ((ApplicationActionRefusedException) e).code())
                .isEqualTo("application.assign.no-account");
        assertThatThrownBy(() -> assignments.assign(Long.MAX_VALUE, expert, "officer-a"))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(assignments.assignees(draft)).isEmpty();
    }
}
