package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import cn.gov.hubei.jxt.pilot.documents.FormDocuments;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticePrints;
import cn.gov.hubei.jxt.pilot.publicity.PublicityPermissions;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The notice as an official notice (GB/T 9704) through {@code documents.FormDocuments}: the title (二号, centred), the
 * text (仿宋 三号), the list as a ruled table (序号, 项目名称, 企业名称, 推荐单位, 模式; a project taken off struck through
 * in words with its reason), and 发布单位 and the date right-aligned at the end. The date is the release day (for a
 * draft's preview, the start day).
 */
@Service
class NoticePrintService implements NoticePrints {

    private final PublicNoticeService reads;
    private final NoticeRepository notices;
    private final PublicityPermissions permissions;
    private final FormDocuments documents;
    private final ReferenceCatalog reference;
    private final NoticeTexts texts;
    private final Clock clock;

    NoticePrintService(PublicNoticeService reads, NoticeRepository notices, PublicityPermissions permissions,
                       FormDocuments documents, ReferenceCatalog reference, NoticeTexts texts, Clock clock) {
        this.clock = clock;
        this.reads = reads;
        this.notices = notices;
        this.permissions = permissions;
        this.documents = documents;
        this.reference = reference;
        this.texts = texts;
    }

    @Override
    public byte[] docx(long noticeId, CurrentUser viewer) {
        return documents.docx(document(reads.readable(noticeId, viewer), viewer));
    }

    @Override
    public byte[] pdf(long noticeId, CurrentUser viewer) {
        return documents.pdf(document(reads.readable(noticeId, viewer), viewer));
    }

    /** The date the notice is signed with: its release day, for a draft its start day. */
    LocalDate signedOn(ManagedNotice notice) {
        return notice.notice().releasedAt() == null ? notice.notice().startDate()
                : LocalDate.ofInstant(notice.notice().releasedAt(), clock.getZone());
    }

    String modes(NoticeEntry entry) {
        return String.join("、", entry.modeCodes().stream()
                .map(code -> reference.mode(code).map(ManufacturingMode::name).orElse(code)).toList());
    }

    FormDocument document(ManagedNotice notice, CurrentUser viewer) {
        List<List<String>> rows = new ArrayList<>();
        for (NoticeEntry e : notices.entries(notice.id(), permissions.canManage(viewer))) {
            String project = e.listed() ? e.projectName()
                    : texts.text("publicity.print.removed", e.projectName(), e.removalReason());
            rows.add(List.of(String.valueOf(e.position()), project, e.enterpriseName(), e.recommenderName(),
                    modes(e)));
        }
        List<FormDocument.Part> parts = new ArrayList<>();
        parts.add(new FormDocument.Paragraph(notice.notice().body()));
        parts.add(new FormDocument.Heading(texts.text("publicity.print.list-heading")));
        parts.add(new FormDocument.Grid(texts.text("publicity.print.sheet"),
                List.of(texts.text("publicity.column.position"), texts.text("publicity.column.project"),
                        texts.text("publicity.column.enterprise"), texts.text("publicity.column.recommender"),
                        texts.text("publicity.column.modes")),
                List.of(1, 5, 4, 3, 3), List.of(true, false, false, false, false), rows));
        parts.add(new FormDocument.Closing(List.of(notice.notice().publisher(),
                NoticeTexts.date(signedOn(notice)))));
        return new FormDocument(notice.notice().title(), List.of(), FormDocument.Orientation.PORTRAIT, parts,
                notice.notice().publisher(), signedOn(notice));
    }
}
