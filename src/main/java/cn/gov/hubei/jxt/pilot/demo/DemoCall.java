package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.call.NewCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The demo call: the 2020 element conditions, filing opened 30 days ago and closing in 60 days, recommendations due
 * 14 days later, five recommendations per division. Created when no call is open for filing, so a demo started
 * months later again has an open call.
 */
@Component
class DemoCall {

    private static final Logger log = LoggerFactory.getLogger(DemoCall.class);

    static final String CREATED_BY = "system";

    private final Calls calls;
    private final Clock clock;

    DemoCall(Calls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    /**
     * The call open for filing that the demo uses: the one demo data published ({@value #CREATED_BY}) if it is still
     * open, else any open one, else a new one.
     */
    CallSummary ensure() {
        List<CallSummary> open = calls.openForFiling();
        if (!open.isEmpty()) {
            return open.stream().filter(c -> CREATED_BY.equals(c.createdBy())).findFirst().orElse(open.get(0));
        }
        LocalDate today = LocalDate.now(clock);
        ZonedDateTime opens = today.minusDays(30).atStartOfDay(clock.getZone());
        ZonedDateTime closes = today.plusDays(60).atTime(17, 0).atZone(clock.getZone());
        ZonedDateTime deadline = closes.plusDays(14);
        int year = opens.getYear();
        CallSummary call = calls.create(new NewCall(year, year + "年湖北省智能制造试点示范项目遴选",
                "按照《湖北省智能制造试点示范项目实施方案（2020版）》，组织开展" + year
                        + "年湖北省智能制造试点示范项目遴选工作。请符合条件的企业在申报时间内在线填报申报书，"
                        + "经所在市州经信局审核推荐后报送省经信厅装备工业处。",
                opens.toInstant(), closes.toInstant(), deadline.toInstant(), 5, 3, "2020"), CREATED_BY);
        CallSummary published = calls.publish(call.id(), CREATED_BY);
        log.info("Demo data: published the demo call {} (filing {} to {})", call.title(), opens.toLocalDate(),
                closes.toLocalDate());
        return published;
    }
}
