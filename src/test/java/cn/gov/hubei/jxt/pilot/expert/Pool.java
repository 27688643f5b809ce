package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** People and records of the expert pool's tests. */
final class Pool {

    static final CurrentUser OFFICER = user(1, "officer-x", Role.OFFICER);
    static final CurrentUser APPLICANT = new CurrentUser(3, "applicant-x", "applicant-x", Set.of(Role.APPLICANT), 77L,
            null, false);
    static final CurrentUser RECOMMENDER = new CurrentUser(4, "recommender-x", "recommender-x",
            Set.of(Role.RECOMMENDER), null, "420500", false);
    static final CurrentUser SYSTEM_ADMIN = user(6, "sysadmin-x", Role.SYSTEM_ADMIN);
    /** Holds the officer role but is one of the three administrators. */
    static final CurrentUser OFFICER_AND_ADMIN = new CurrentUser(8, "officer-admin-x", "officer-admin-x",
            Set.of(Role.OFFICER, Role.SECURITY_ADMIN), null, null, false);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Pool() {
    }

    static CurrentUser user(long id, String username, Role... roles) {
        return new CurrentUser(id, username, username, Set.of(roles), null, null, false);
    }

    /** A name no other test uses: 专家 + a number. */
    static String uniqueName(String base) {
        return base + SEQUENCE.incrementAndGet() + "号" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    static NewExpert expert(String name, String employer) {
        return new NewExpert(name, employer, null, null, "教授", Set.of("DISCRETE"), Set.of("AUTOMOTIVE"), "420100",
                "027-87654321", "expert@example.cn");
    }

    static NewExpert employedBy(String employer, String creditCode, String group) {
        return new NewExpert(uniqueName("专家"), employer, creditCode, group, "研究员", Set.of("PROCESS"), Set.of(),
                null, null, null);
    }
}
