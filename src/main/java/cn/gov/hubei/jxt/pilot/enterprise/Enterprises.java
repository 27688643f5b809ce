package cn.gov.hubei.jxt.pilot.enterprise;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The enterprises known to the system. Registration with its checks arrives with the filing capability. */
@Service
public class Enterprises {

    private final JdbcClient jdbc;
    private final Clock clock;

    Enterprises(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Enterprise> find(long id) {
        return jdbc.sql("select id, credit_code, name, division_code from enterprise where id = :id")
                .param("id", id).query(Enterprise.class).optional();
    }

    public Optional<Enterprise> findByCreditCode(String creditCode) {
        return jdbc.sql("select id, credit_code, name, division_code from enterprise where credit_code = :code")
                .param("code", creditCode).query(Enterprise.class).optional();
    }

    public List<Enterprise> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.trim()) + "%";
        return jdbc.sql("""
                        select id, credit_code, name, division_code from enterprise
                        where name like :like or credit_code like :like order by name limit :limit""")
                .param("like", like).param("limit", limit).query(Enterprise.class).list();
    }

    /** Records an enterprise whose credit code and division have already been checked by the caller. */
    @Transactional
    public Enterprise add(String creditCode, String name, String divisionCode) {
        long id = jdbc.sql("""
                        insert into enterprise (credit_code, name, division_code, created_at)
                        values (:code, :name, :division, :now) returning id""")
                .param("code", creditCode).param("name", name).param("division", divisionCode)
                .param("now", OffsetDateTime.now(clock)).query(Long.class).single();
        return new Enterprise(id, creditCode, name, divisionCode);
    }
}
