package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications.FileContent;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The application's files: uploads attached while the draft is editable, within the per-application total, and
 * reading them within the caller's scope (the enterprise all, the others those of submitted versions).
 */
@Component
class Attachments {

    private final ApplicationRepository repository;
    private final Drafting drafting;
    private final FileStore files;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final long maxBytesPerApplication;

    Attachments(ApplicationRepository repository, Drafting drafting, FileStore files, AuditTrail audit, Clock clock,
                TransactionTemplate tx,
                @Value("${app.files.max-per-application:200MB}") DataSize maxPerApplication) {
        this.repository = repository;
        this.drafting = drafting;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.maxBytesPerApplication = maxPerApplication.toBytes();
    }

    List<AttachedFile> files(long id, ApplicationScope scope) {
        repository.find(id, scope).orElseThrow(() -> new ApplicationNotFoundException(id));
        return repository.files(id, !scope.seesDrafts());
    }

    AttachedFile attach(long id, ApplicationScope scope, FilePurpose purpose, String originalName,
                        InputStream content, long size, String actor) {
        drafting.editable(id, scope);
        long used = repository.totalFileSize(id);
        if (size > 0 && used + size > maxBytesPerApplication) {
            throw totalExceeded(used);
        }
        StoredFile stored = files.store(originalName, content, purpose.allowed(), actor);
        return tx.execute(status -> {
            drafting.editable(id, scope);
            long total = repository.totalFileSize(id);
            if (total + stored.size() > maxBytesPerApplication) {
                throw totalExceeded(total);
            }
            AttachedFile file = new AttachedFile(stored.id(), purpose, stored.name(), stored.kind(), stored.size(),
                    actor, clock.instant(), null);
            repository.attach(id, file);
            audit.record(AuditRecord.of("application.file-attached").target("application", id).actor(actor, null)
                    .detail("fileId", stored.id()).detail("purpose", purpose.name()).detail("name", stored.name())
                    .detail("kind", stored.kind().name()).detail("size", stored.size())
                    .detail("sha256", stored.sha256()).build());
            return file;
        });
    }

    Optional<FileContent> readFile(long id, long fileId, ApplicationScope scope) {
        Optional<AttachedFile> file = repository.find(id, scope).isEmpty() ? Optional.empty()
                : repository.files(id, !scope.seesDrafts()).stream().filter(f -> f.fileId() == fileId).findFirst();
        return file.map(f -> new FileContent(f, files.read(fileId)));
    }

    private ApplicationActionRefusedException totalExceeded(long used) {
        return new ApplicationActionRefusedException("application.files.total-exceeded",
                maxBytesPerApplication / (1024 * 1024), String.format("%.1f", used / (1024.0 * 1024.0)));
    }
}
