package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.decision.BatchKey;
import cn.gov.hubei.jxt.pilot.decision.Decision;
import cn.gov.hubei.jxt.pilot.decision.Decisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data's notice: the 2026 call's, released with its proposal, open now when the calendar covers today. */
@IntegrationTest
class DemoNoticeTest {

    @Autowired PublicNotices notices;
    @Autowired WorkingDays workingDays;
    @Autowired Decisions decisions;

    @Test
    void theDemoCallHasANoticeReleasedAndOpenedInsideItsPeriod() {
        PublicNotice notice = notices.published().stream().filter(n -> n.year() == 2026
                        && n.title().equals("关于2026年湖北省智能制造试点示范项目拟认定名单的公示"))
                .findFirst().orElseThrow();
        assertThat(workingDays.isWorkingDay(notice.startDate())).isTrue();
        assertThat(workingDays.nthWorkingDay(notice.startDate(), 5)).isEqualTo(notice.endDate());
        assertThat(notices.entries(notice.id())).isNotEmpty().allMatch(NoticeEntry::listed);
        assertThat(decisions.ofBatch(BatchKey.of("review", "call-" + notice.callId()), null))
                .isNotEmpty().allMatch(Decision::released);
        // released inside its period, so it opened at once; other tests of the shared context may have moved the
        // clock past its end since (then the clock has closed it)
        LocalDate releasedOn = LocalDate.ofInstant(notice.releasedAt(), ZoneId.of("Asia/Shanghai"));
        if (workingDays.coveredYears().contains(releasedOn.getYear())) {
            assertThat(releasedOn).isBetween(notice.startDate(), notice.endDate());
            assertThat(notice.status()).isIn(NoticeStatus.OPEN, NoticeStatus.CLOSED);
            assertThat(notice.acceptsObjectionsAt(notice.releasedAt())).isTrue();
        }
    }
}
