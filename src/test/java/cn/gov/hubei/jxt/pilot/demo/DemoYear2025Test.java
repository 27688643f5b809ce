package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.designation.Certificate;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.Plaque;
import cn.gov.hubei.jxt.pilot.designation.Plaques;
import cn.gov.hubei.jxt.pilot.designation.Publication;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.designation.Certificates;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCase;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCases;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRow;
import cn.gov.hubei.jxt.pilot.objection.ObjectionStatus;
import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's year 2025 as loaded at the start, exactly; loading it again changes nothing. */
@IntegrationTest
class DemoYear2025Test {

    @Autowired Calls calls;
    @Autowired NoticeDrafts drafts;
    @Autowired ObjectionCases cases;
    @Autowired Publications publications;
    @Autowired Certificates certificates;
    @Autowired Plaques plaques;
    @Autowired UserAdministration users;
    @Autowired DemoYear2025 year2025;
    @Autowired DemoSteps steps;
    @Autowired JdbcClient jdbc;

    @Test
    void theCallOf2025IsClosedWithItsWindowInThePast() {
        CallSummary call = call2025();
        assertThat(call.title()).isEqualTo("2025年湖北省智能制造试点示范项目遴选");
        assertThat(call.status().name()).isEqualTo("RECOMMENDATION_CLOSED");
        assertThat(call.filingOpensAt()).isEqualTo(DemoYear2025.at("2025-03-03T09:00"));
        assertThat(call.filingClosesAt()).isEqualTo(DemoYear2025.at("2025-04-30T17:00"));
    }

    @Test
    void theNoticeOf2025IsClosedAfterItsPeriodAcross国庆WithOneObjectionDismissedAndTheObjectorTold() {
        ManagedNotice notice = notice2025();
        assertThat(notice.notice().status()).isEqualTo(NoticeStatus.CLOSED);
        assertThat(notice.notice().startDate()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(notice.notice().endDate()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(notice.notice().releasedAt()).isEqualTo(DemoYear2025.at("2025-09-26T09:00"));
        List<NoticeEntry> entries = drafts.entries(notice.id(), officer());
        assertThat(entries).hasSize(5).allMatch(NoticeEntry::listed);

        List<ObjectionRow> rows = cases.ofNotice(notice.id(), officer());
        assertThat(rows).hasSize(1);
        ObjectionCase objection = cases.open(rows.get(0).id(), officer());
        assertThat(objection.status()).isEqualTo(ObjectionStatus.DISMISSED);
        assertThat(objection.projectName()).isEqualTo("汽车转向器壳体加工数字化车间");
        assertThat(objection.receivedAt()).isEqualTo(DemoYear2025.at("2025-09-29T14:30"));
        assertThat(objection.concludedAt()).isEqualTo(DemoYear2025.at("2025-09-29T14:30"));
        assertThat(objection.removedFromList()).isFalse();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'liu.wenjing@example.cn'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void thePublicationOf2025DesignatesFiveProjectsWithCertificatesAndOnePlaque() {
        Publication publication = publications.ofNotice(notice2025().id(), officer()).orElseThrow();
        assertThat(publication.documentNumber()).isEqualTo("鄂经信装备〔2025〕87号");
        assertThat(publication.publishedOn()).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(publications.signedDocument(publication.id(), officer())).startsWith("%PDF".getBytes());
        List<DesignatedProject> projects = publications.projects(publication.id(), officer());
        assertThat(projects).hasSize(5);
        assertThat(projects).allSatisfy(p -> {
            assertThat(p.validFrom()).isEqualTo(LocalDate.of(2025, 10, 20));
            assertThat(p.validUntil()).isEqualTo(LocalDate.of(2028, 10, 19));
        });
        assertThat(projects).extracting(DesignatedProject::projectName).containsExactlyInAnyOrderElementsOf(
                DemoYear2025.PROJECTS.values());
        Map<Long, Certificate> issued = certificates.ofPublication(publication.id(), officer());
        assertThat(issued).hasSize(5);
        assertThat(issued.values()).allSatisfy(c -> assertThat(c.issuedAt())
                .isEqualTo(DemoYear2025.at("2025-10-24T10:00")));
        Map<Long, Plaque> recorded = plaques.ofPublication(publication.id(), officer());
        assertThat(recorded.values()).filteredOn(p -> p.deliveredOn() != null).singleElement().satisfies(p -> {
            assertThat(p.designationId()).isEqualTo(projects.get(0).id());
            assertThat(p.receivedOn()).isEqualTo(LocalDate.of(2025, 11, 12));
        });
    }

    @Test
    void loadingTheYearAgainChangesNothing() {
        int calls2025 = (int) calls.all().stream().filter(c -> c.year() == 2025).count();
        long designations = count("designated_project");
        long objections = count("objection_case");
        assertThat(steps.load("year-2025", year2025::ensure)).isFalse();
        year2025.ensure();
        assertThat(calls.all().stream().filter(c -> c.year() == 2025).count()).isEqualTo(calls2025).isEqualTo(1);
        assertThat(count("designated_project")).isEqualTo(designations);
        assertThat(count("objection_case")).isEqualTo(objections);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private CallSummary call2025() {
        return calls.all().stream().filter(c -> c.year() == 2025 && "system".equals(c.createdBy()))
                .findFirst().orElseThrow();
    }

    private ManagedNotice notice2025() {
        return drafts.all(officer()).stream().filter(n -> n.notice().callId() == call2025().id())
                .findFirst().orElseThrow();
    }

    private CurrentUser officer() {
        return users.actingAs("officer").orElseThrow();
    }
}
