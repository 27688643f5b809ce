package cn.gov.hubei.jxt.pilot.reference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;

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
}
