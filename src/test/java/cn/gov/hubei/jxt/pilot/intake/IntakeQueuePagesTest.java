package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.bench.QueueData;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueEntry;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueFilter;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueView;
import cn.gov.hubei.jxt.pilot.recommendation.ListRanks;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A long queue: 250 applications of one call across the 17 divisions (inserted by SQL inside a transaction that is
 * rolled back), shown 100 rows a page with the counts of all pages (also on the page, with links to the others), and
 * the ranks of a page read in one statement.
 */
@ApplicationIntegrationTest
class IntakeQueuePagesTest {

    @Autowired Calls calls;
    @Autowired ReferenceCatalog reference;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired IntakeQueue queue;
    @Autowired ListRanks ranks;
    @Autowired MockMvc mvc;

    @Test
    void aLongQueueComesInPagesOfAHundredRowsWithTheCountsOfAllPages() {
        clock.set(LocalDateTime.of(2026, 4, 28, 10, 0));
        tx.executeWithoutResult(status -> {
            long callId = QueueData.recommended(calls, reference, jdbc, clock, 250);
            List<Long> ids = jdbc.queryForList("select id from project_application where call_id = ? order by id",
                    Long.class, callId);

            QueueView first = queue.queue(callId, QueueFilter.ALL);
            assertThat(first.total()).isEqualTo(250);
            assertThat(first.awaitingCount()).isEqualTo(250);
            assertThat(first.statusCounts().get(ApplicationStatus.RECOMMENDED)).isEqualTo(250);
            assertThat(first.matching()).isEqualTo(250);
            assertThat(first.pages()).isEqualTo(3);
            assertThat(first.page()).isZero();
            // the longest waiting first: the order of creation
            assertThat(first.entries()).extracting(QueueEntry::applicationId).containsExactlyElementsOf(ids.subList(0, 100));
            // round-robin over 17 divisions: the 18th application is the second of 武汉市's list
            assertThat(first.entries()).extracting(QueueEntry::rank).startsWith(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                    1, 1, 1, 1, 1, 2);
            assertThat(first.entries().get(17).divisionName()).isEqualTo("武汉市");

            QueueView last = queue.queue(callId, QueueFilter.ALL.page(2));
            assertThat(last.entries()).extracting(QueueEntry::applicationId).containsExactlyElementsOf(ids.subList(200, 250));
            assertThat(last.entries().get(49).rank()).isEqualTo(15);
            assertThat(queue.queue(callId, QueueFilter.ALL.page(7)).page()).isEqualTo(2);

            QueueView yichang = queue.queue(callId, new QueueFilter("420500", null, null));
            assertThat(yichang.matching()).isEqualTo(15);
            assertThat(yichang.pages()).isEqualTo(1);
            assertThat(yichang.total()).isEqualTo(250);
            assertThat(yichang.entries()).extracting(QueueEntry::rank)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

            Map<Long, Integer> some = ranks.ranksOf(List.of(ids.get(0), ids.get(17), ids.get(249), Long.MAX_VALUE));
            assertThat(some).containsExactlyInAnyOrderEntriesOf(Map.of(ids.get(0), 1, ids.get(17), 2, ids.get(249), 15));
            assertThat(ranks.submittedDivisions(callId)).hasSize(17).contains("420100", "429021");

            CurrentUser officer = IntakeFixtures.officer("officer-pages");
            String page = perform(get("/intake").param("call", String.valueOf(callId)).param("page", "2")
                    .with(authentication(new UsernamePasswordAuthenticationToken(officer, null,
                            officer.authorities()))));
            assertThat(page).contains("第2页，共3页（250份符合条件，每页100份）。")
                    .contains("&amp;page=1\"").contains("&amp;page=3\"")
                    .contains("共250份申报书已推荐至省，其中250份待审查。");
            assertThat(page.split("data-application=", -1)).hasSize(101);
            status.setRollbackOnly();
        });
    }

    private String perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
