package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.publicity.OfficeContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The office's contact (one row); writes are conditional on the version read. */
@Repository
class OfficeContactRepository {

    private final JdbcClient jdbc;

    OfficeContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OfficeContact> find() {
        return jdbc.sql("""
                        select publisher, contact_telephone, contact_address, objection_email, version
                          from publicity_contact where id = 1""")
                .query((rs, n) -> new OfficeContact(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)))
                .optional();
    }

    /** Stores the contact when the stored version is {@code version} (0: none stored yet); false when it is not. */
    boolean save(OfficeContact c, long version, String by, Instant at) {
        int rows = version == 0
                ? jdbc.sql("""
                        insert into publicity_contact (id, publisher, contact_telephone, contact_address,
                            objection_email, version, updated_by, updated_at)
                        values (1, :publisher, :telephone, :address, :email, 1, :by, :at)
                        on conflict (id) do nothing""")
                .param("publisher", c.publisher()).param("telephone", c.contactTelephone())
                .param("address", c.contactAddress()).param("email", c.objectionEmail())
                .param("by", by).param("at", Timestamp.from(at)).update()
                : jdbc.sql("""
                        update publicity_contact
                           set publisher = :publisher, contact_telephone = :telephone, contact_address = :address,
                               objection_email = :email, version = version + 1, updated_by = :by, updated_at = :at
                         where id = 1 and version = :version""")
                .param("publisher", c.publisher()).param("telephone", c.contactTelephone())
                .param("address", c.contactAddress()).param("email", c.objectionEmail())
                .param("by", by).param("at", Timestamp.from(at)).param("version", version).update();
        return rows == 1;
    }
}
