package cn.gov.hubei.jxt.pilot.reference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** Read access to the programme's versioned reference data. */
@Service
public class ReferenceCatalog {

    private final JdbcClient jdbc;

    ReferenceCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The versions of the element conditions (要素条件) that a call may adopt, oldest first. */
    public List<String> elementConditionVersions() {
        return jdbc.sql("select version from element_condition_set order by version").query(String.class).list();
    }

    public List<Division> divisions() {
        return jdbc.sql("select code, name from division order by display_order").query(Division.class).list();
    }

    public Optional<Division> division(String code) {
        return jdbc.sql("select code, name from division where code = :code").param("code", code)
                .query(Division.class).optional();
    }
}
