package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.expert.PanelInvitations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The expert module asks here whether an expert holds a seat on an application whose invitation they accepted (the
 * pledge not necessarily signed): such an expert may declare a conflict from the names before seeing any content.
 */
@Component
class SeatedInvitations implements PanelInvitations {

    private final JdbcClient jdbc;

    SeatedInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isSeatedOn(long accountId, long applicationId) {
        return jdbc.sql("""
                        select exists (
                          select 1 from meeting_seat s
                            join meeting_invitation i on i.meeting_id = s.meeting_id and i.expert_id = s.expert_id
                            join review_meeting m on m.id = s.meeting_id
                           where s.application_id = :app and s.state = 'ACTIVE' and i.account_id = :account
                             and i.state = 'ACCEPTED' and m.status <> 'CLOSED')""")
                .param("app", applicationId).param("account", accountId).query(Boolean.class).single();
    }
}
