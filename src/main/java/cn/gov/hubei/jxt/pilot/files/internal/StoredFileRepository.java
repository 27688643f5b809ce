package cn.gov.hubei.jxt.pilot.files.internal;

import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The records of uploads; the bytes are in the {@link BlobDirectory}. */
@Repository
class StoredFileRepository {

    private final JdbcClient jdbc;

    StoredFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String sha256, long size, FileKind kind, String name, String storedBy, Instant storedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into stored_file (sha256, size, kind, name, stored_by, stored_at)
                        values (:sha256, :size, :kind, :name, :storedBy, :storedAt)""")
                .param("sha256", sha256)
                .param("size", size)
                .param("kind", kind.name())
                .param("name", name)
                .param("storedBy", storedBy)
                .param("storedAt", OffsetDateTime.ofInstant(storedAt, ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<StoredFile> find(long id) {
        return jdbc.sql("select id, name, kind, size, sha256, stored_by, stored_at from stored_file where id = :id")
                .param("id", id)
                .query(StoredFileRepository::map)
                .optional();
    }

    private static StoredFile map(ResultSet rs, int row) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getString("name"), FileKind.valueOf(rs.getString("kind")),
                rs.getLong("size"), rs.getString("sha256"), rs.getString("stored_by"),
                rs.getObject("stored_at", OffsetDateTime.class).toInstant());
    }
}
