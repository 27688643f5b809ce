package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.sitevisit.Attendee;
import cn.gov.hubei.jxt.pilot.sitevisit.ChecklistItem;
import cn.gov.hubei.jxt.pilot.sitevisit.Finding;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeam;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisit;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitConclusion;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitNotFoundException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitOutcome;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitPermissions;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRecord;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRecords;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRefusedException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRejectedException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitSignedOff;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitStatus;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisits;
import cn.gov.hubei.jxt.pilot.sitevisit.VisitPhoto;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The team's record of a visit. Each write: the visit (row locked) and the person's part ({@link
 * SiteVisitPermissions}: not readable → not found; locked or not a member → refused) → the rules → the conditional
 * write (a version or an idempotent key) → the first write moves a planned visit to recording → audit, in one
 * transaction. Also the signed-off outcomes other modules read ({@link SiteVisits}).
 */
@Service
class RecordService implements SiteVisitRecords, SiteVisits {

    private static final Set<FileKind> IMAGES = Set.of(FileKind.JPEG, FileKind.PNG);

    private final SiteVisitRepository repository;
    private final SiteVisitPermissions permissions;
    private final FileStore files;
    private final SiteVisitSheet sheets;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    RecordService(SiteVisitRepository repository, SiteVisitPermissions permissions, FileStore files,
                  SiteVisitSheet sheets, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                  TransactionTemplate tx) {
        this.repository = repository;
        this.permissions = permissions;
        this.files = files;
        this.sheets = sheets;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    // ------------------------------------------------------------------------------------------- reading

    @Override
    public Optional<SiteVisitRecord> read(long visitId, CurrentUser user) {
        return repository.visit(visitId).flatMap(visit -> {
            InspectionTeam team = repository.team(visit.teamId()).orElseThrow();
            if (!permissions.canRead(user, visit, team)) {
                return Optional.empty();
            }
            return Optional.of(new SiteVisitRecord(visit, team, repository.items(visitId),
                    repository.attendees(visitId), repository.photos(visitId)));
        });
    }

    @Override
    public Optional<PhotoContent> photo(long visitId, long photoId, CurrentUser user) {
        return read(visitId, user).flatMap(r -> r.photos().stream().filter(p -> p.id() == photoId).findFirst())
                .flatMap(p -> files.find(p.fileId()).map(f -> new PhotoContent(f.name(), f.kind().mediaType(),
                        files.read(p.fileId()))));
    }

    @Override
    public byte[] sheet(long visitId, CurrentUser user) {
        SiteVisitRecord record = read(visitId, user).orElseThrow(() -> new SiteVisitNotFoundException("visit", visitId));
        Map<Long, byte[]> images = new LinkedHashMap<>();
        for (VisitPhoto photo : record.photos()) {
            images.put(photo.id(), files.read(photo.fileId()));
        }
        return sheets.docx(record, images);
    }

    @Override
    public Optional<SiteVisitOutcome> signedOff(long applicationId) {
        return Optional.ofNullable(signedOff(List.of(applicationId)).get(applicationId));
    }

    @Override
    public Map<Long, SiteVisitOutcome> signedOff(Collection<Long> applicationIds) {
        Map<Long, SiteVisitOutcome> outcomes = new LinkedHashMap<>();
        for (SiteVisit v : repository.signedOff(applicationIds)) {
            outcomes.putIfAbsent(v.applicationId(), new SiteVisitOutcome(v.id(), v.applicationId(), v.visitDate(),
                    v.conclusion(), v.summary(), v.signedOffName(), v.signedOffAt()));
        }
        return outcomes;
    }

    // ------------------------------------------------------------------------------------------- writing

    @Override
    public ChecklistItem recordFinding(long visitId, long itemId, int version, Finding finding, String note,
                                       CurrentUser user) {
        String cleanNote = Texts.clean(note);
        List<FieldProblem> problems = new ArrayList<>();
        if (finding == null) {
            problems.add(FieldProblem.missing("finding", "sitevisit.finding.required"));
        } else if (finding.noteRequired() && cleanNote == null) {
            problems.add(FieldProblem.missing("note", "sitevisit.finding.note.required"));
        }
        if (Texts.length(cleanNote) > NOTE_LIMIT) {
            problems.add(FieldProblem.invalid("note", "sitevisit.text.too-long", NOTE_LIMIT));
        }
        return write(visitId, user, visit -> {
            ChecklistItem item = repository.item(visitId, itemId)
                    .orElseThrow(() -> new SiteVisitNotFoundException("item", itemId));
            if (!problems.isEmpty()) {
                throw new SiteVisitRejectedException(problems);
            }
            if (item.version() != version) {
                if (item.finding() == finding && java.util.Objects.equals(item.note(), cleanNote)) {
                    return item; // the same finding sent twice
                }
                throw new SiteVisitRefusedException("sitevisit.item.stale", item.recordedBy());
            }
            repository.recordFinding(visitId, itemId, version, finding, cleanNote, user.username(), clock.instant());
            audit.record(AuditRecord.of("sitevisit.finding-recorded").target("site-visit", visitId)
                    .actor(user.username(), null).detail("item", item.position()).detail("finding", finding.name())
                    .build());
            return repository.item(visitId, itemId).orElseThrow();
        });
    }

    @Override
    public Attendee addAttendee(long visitId, String name, String unit, String position, CurrentUser user) {
        String n = Texts.clean(name);
        String u = Texts.clean(unit);
        String p = Texts.clean(position);
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", n, 50);
        required(problems, "unit", u, 100);
        required(problems, "position", p, 50);
        return write(visitId, user, visit -> {
            if (!problems.isEmpty()) {
                throw new SiteVisitRejectedException(problems);
            }
            Optional<Attendee> same = repository.attendees(visitId).stream()
                    .filter(a -> a.name().equals(n) && a.unit().equals(u) && a.position().equals(p)).findFirst();
            if (same.isPresent()) {
                return same.get(); // added twice: once is enough
            }
            long id = repository.insertAttendee(visitId, n, u, p, user.username(), clock.instant());
            audit.record(AuditRecord.of("sitevisit.attendee-added").target("site-visit", visitId)
                    .actor(user.username(), null).detail("name", n).detail("unit", u).build());
            return new Attendee(id, n, u, p);
        });
    }

    @Override
    public void removeAttendee(long visitId, long attendeeId, CurrentUser user) {
        write(visitId, user, visit -> {
            if (repository.deleteAttendee(visitId, attendeeId)) {
                audit.record(AuditRecord.of("sitevisit.attendee-removed").target("site-visit", visitId)
                        .actor(user.username(), null).detail("attendeeId", attendeeId).build());
            }
            return null;
        });
    }

    @Override
    public VisitPhoto addPhoto(long visitId, String originalName, InputStream content, String caption,
                               LocalDateTime enteredTakenAt, CurrentUser user) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) PHOTO_LIMIT + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String cleanCaption = Texts.clean(caption);
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "caption", cleanCaption, CAPTION_LIMIT);
        if (bytes.length == 0) {
            problems.add(FieldProblem.missing("file", "sitevisit.photo.required"));
        } else if (bytes.length > PHOTO_LIMIT) {
            problems.add(FieldProblem.invalid("file", "sitevisit.photo.too-large", PHOTO_LIMIT / (1024 * 1024)));
        }
        Optional<LocalDateTime> exif = problems.stream().anyMatch(p -> p.field().equals("file"))
                ? Optional.empty() : PhotoTimes.taken(bytes);
        if (exif.isEmpty() && enteredTakenAt == null && bytes.length > 0) {
            problems.add(FieldProblem.missing("takenAt", "sitevisit.photo.taken-at.required"));
        }
        return write(visitId, user, visit -> {
            if (!problems.isEmpty()) {
                throw new SiteVisitRejectedException(problems);
            }
            StoredFile file;
            try {
                file = files.store(originalName == null || originalName.isBlank() ? "photo" : originalName,
                        new ByteArrayInputStream(bytes), IMAGES, user.username());
            } catch (FileRejectedException e) {
                throw new SiteVisitRejectedException("file", "sitevisit.photo.not-image");
            }
            LocalDateTime takenAt = exif.orElse(enteredTakenAt).withNano(0);
            Instant now = clock.instant();
            long id = repository.insertPhoto(visitId, file.id(), cleanCaption, takenAt, exif.isPresent(),
                    user.username(), now);
            audit.record(AuditRecord.of("sitevisit.photo-added").target("site-visit", visitId)
                    .actor(user.username(), null).detail("photoId", id).detail("fileId", file.id())
                    .detail("takenAt", takenAt.toString()).detail("fromExif", exif.isPresent()).build());
            return new VisitPhoto(id, file.id(), cleanCaption, takenAt, exif.isPresent(), user.username(), now);
        });
    }

    @Override
    public void removePhoto(long visitId, long photoId, CurrentUser user) {
        write(visitId, user, visit -> {
            if (repository.deletePhoto(visitId, photoId)) {
                audit.record(AuditRecord.of("sitevisit.photo-removed").target("site-visit", visitId)
                        .actor(user.username(), null).detail("photoId", photoId).build());
            }
            return null;
        });
    }

    @Override
    public SiteVisit conclude(long visitId, int version, SiteVisitConclusion conclusion, String summary,
                              CurrentUser user) {
        String cleanSummary = Texts.clean(summary);
        List<FieldProblem> problems = new ArrayList<>();
        if (conclusion == null) {
            problems.add(FieldProblem.missing("conclusion", "sitevisit.conclusion.required"));
        }
        required(problems, "summary", cleanSummary, SUMMARY_LIMIT);
        return write(visitId, user, visit -> {
            if (!problems.isEmpty()) {
                throw new SiteVisitRejectedException(problems);
            }
            if (visit.conclusion() == conclusion && cleanSummary.equals(visit.summary())) {
                return visit; // sent twice
            }
            if (!repository.conclude(visitId, version, conclusion, cleanSummary)) {
                throw new SiteVisitRefusedException("sitevisit.stale");
            }
            audit.record(AuditRecord.of("sitevisit.concluded").target("site-visit", visitId)
                    .actor(user.username(), null).detail("conclusion", conclusion.name()).build());
            return repository.visit(visitId).orElseThrow();
        });
    }

    @Override
    public SiteVisit signOff(long visitId, int version, CurrentUser user) {
        return tx.execute(status -> {
            SiteVisit visit = repository.lockVisit(visitId)
                    .orElseThrow(() -> new SiteVisitNotFoundException("visit", visitId));
            InspectionTeam team = repository.team(visit.teamId()).orElseThrow();
            if (!permissions.canRead(user, visit, team)) {
                throw new SiteVisitNotFoundException("visit", visitId);
            }
            if (visit.status() == SiteVisitStatus.SIGNED_OFF && team.leaderId() == user.id()) {
                return visit; // signed twice
            }
            requireOpen(visit);
            if (team.leaderId() != user.id()) {
                throw new SiteVisitRefusedException("sitevisit.sign-off.not-leader");
            }
            long open = repository.items(visitId).stream().filter(i -> i.finding() == null).count();
            if (open > 0) {
                throw new SiteVisitRefusedException("sitevisit.sign-off.items-open", open);
            }
            if (visit.conclusion() == null) {
                throw new SiteVisitRefusedException("sitevisit.sign-off.no-conclusion");
            }
            Instant now = clock.instant();
            if (!repository.signOff(visitId, version, user.username(), user.displayName(), now)) {
                throw new SiteVisitRefusedException("sitevisit.stale");
            }
            audit.record(AuditRecord.of("sitevisit.signed-off").target("site-visit", visitId)
                    .actor(user.username(), null).detail("applicationId", visit.applicationId())
                    .detail("conclusion", visit.conclusion().name()).build());
            events.publishEvent(new SiteVisitSignedOff(visitId, visit.applicationId(), visit.conclusion(),
                    visit.plannedBy(), user.username(), now));
            return repository.visit(visitId).orElseThrow();
        });
    }

    // ------------------------------------------------------------------------------------------- helpers

    /**
     * One write of the team's record in a transaction: the visit locked, readable (else not found), open (else
     * refused: locked after sign-off), the person a member; a planned visit moves to recording with the write.
     */
    private <T> T write(long visitId, CurrentUser user, Function<SiteVisit, T> action) {
        return tx.execute(status -> {
            SiteVisit visit = repository.lockVisit(visitId)
                    .orElseThrow(() -> new SiteVisitNotFoundException("visit", visitId));
            InspectionTeam team = repository.team(visit.teamId()).orElseThrow();
            if (!permissions.canRead(user, visit, team)) {
                throw new SiteVisitNotFoundException("visit", visitId);
            }
            requireOpen(visit);
            if (!permissions.canRecord(user, visit, team)) {
                throw new SiteVisitRefusedException("sitevisit.record.not-member");
            }
            if (visit.status() == SiteVisitStatus.PLANNED) {
                repository.startRecording(visitId);
                audit.record(AuditRecord.of("sitevisit.recording-started").target("site-visit", visitId)
                        .actor(user.username(), null).build());
                visit = repository.visit(visitId).orElseThrow();
            }
            return action.apply(visit);
        });
    }

    private static void requireOpen(SiteVisit visit) {
        if (visit.status() == SiteVisitStatus.SIGNED_OFF) {
            throw new SiteVisitRefusedException("sitevisit.locked");
        }
        if (visit.status() == SiteVisitStatus.CANCELLED) {
            throw new SiteVisitRefusedException("sitevisit.cancelled");
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int limit) {
        if (value == null) {
            problems.add(FieldProblem.missing(field, "sitevisit." + field + ".required"));
        } else if (Texts.length(value) > limit) {
            problems.add(FieldProblem.invalid(field, "sitevisit.text.too-long", limit));
        }
    }
}
