package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Field;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Fields;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Figure;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Grid;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Heading;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Paragraph;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Part;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Signatures;
import cn.gov.hubei.jxt.pilot.documents.FormDocuments;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.sitevisit.Attendee;
import cn.gov.hubei.jxt.pilot.sitevisit.ChecklistItem;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeam;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisit;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRecord;
import cn.gov.hubei.jxt.pilot.sitevisit.VisitPhoto;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 现场核查表 of a visit as a {@link FormDocument}: title, the application and enterprise, date, team, the checklist
 * with each finding and note, attendees, conclusion, photos with the time they were taken, and the signature lines of
 * the leader and the members. Every text from the {@code sitevisit} bundle in Chinese.
 */
@Component
class SiteVisitSheet {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final ObjectProvider<FormDocuments> documents;
    private final ReferenceCatalog reference;
    private final MessageSource messages;
    private final Clock clock;

    SiteVisitSheet(ObjectProvider<FormDocuments> documents, ReferenceCatalog reference, MessageSource messages,
                   Clock clock) {
        this.documents = documents;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    byte[] docx(SiteVisitRecord record, Map<Long, byte[]> images) {
        return documents.getObject().docx(document(record, images));
    }

    FormDocument document(SiteVisitRecord record, Map<Long, byte[]> images) {
        SiteVisit visit = record.visit();
        InspectionTeam team = record.team();
        List<Part> parts = new ArrayList<>();
        String none = t("sitevisit.sheet.none");
        parts.add(new Fields(List.of(
                new Field(t("sitevisit.sheet.project"), visit.projectName() == null ? "" : visit.projectName()),
                new Field(t("sitevisit.sheet.number"), visit.applicationNumber()),
                new Field(t("sitevisit.sheet.enterprise"), visit.enterpriseName()),
                new Field(t("sitevisit.sheet.division"), reference.division(visit.divisionCode())
                        .map(Division::name).orElse(visit.divisionCode())),
                new Field(t("sitevisit.sheet.date"), DAY.format(visit.visitDate())),
                new Field(t("sitevisit.sheet.team"), team.name()),
                new Field(t("sitevisit.sheet.leader"), team.leader().map(InspectionTeam.TeamMember::displayName)
                        .orElse("")),
                new Field(t("sitevisit.sheet.members"), String.join("、", team.members().stream()
                        .filter(m -> m.accountId() != team.leaderId()).map(InspectionTeam.TeamMember::displayName)
                        .toList())))));
        parts.add(new Heading(t("sitevisit.sheet.items")));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ChecklistItem item : record.items()) {
            rows.add(List.of(String.valueOf(n++), item.grouping(), item.number() + ". " + item.text(),
                    item.finding() == null ? "" : t(item.finding().labelKey()),
                    item.note() == null ? "" : item.note()));
        }
        parts.add(new Grid(t("sitevisit.sheet.items.sheet"), List.of(t("sitevisit.sheet.items.no"),
                t("sitevisit.sheet.items.group"), t("sitevisit.sheet.items.item"), t("sitevisit.sheet.items.finding"),
                t("sitevisit.sheet.items.note")), List.of(6, 16, 44, 12, 22),
                List.of(true, false, false, false, false), rows));
        parts.add(new Heading(t("sitevisit.sheet.attendees")));
        if (record.attendees().isEmpty()) {
            parts.add(new Paragraph(none));
        } else {
            List<List<String>> people = new ArrayList<>();
            int i = 1;
            for (Attendee a : record.attendees()) {
                people.add(List.of(String.valueOf(i++), a.name(), a.unit(), a.position()));
            }
            parts.add(new Grid(t("sitevisit.sheet.attendees"), List.of(t("sitevisit.sheet.items.no"),
                    t("sitevisit.attendee.name"), t("sitevisit.attendee.unit"), t("sitevisit.attendee.position")),
                    List.of(8, 22, 45, 25), List.of(true, false, false, false), people));
        }
        parts.add(new Heading(t("sitevisit.sheet.conclusion")));
        parts.add(new Fields(List.of(
                new Field(t("sitevisit.sheet.conclusion.result"), visit.conclusion() == null ? ""
                        : t("sitevisit.conclusion." + visit.conclusion().name())),
                new Field(t("sitevisit.sheet.conclusion.summary"), visit.summary() == null ? "" : visit.summary()))));
        parts.add(new Heading(t("sitevisit.sheet.photos")));
        if (record.photos().isEmpty()) {
            parts.add(new Paragraph(none));
        }
        for (VisitPhoto photo : record.photos()) {
            byte[] image = images.get(photo.id());
            if (image != null) {
                parts.add(new Figure(image, t("sitevisit.sheet.photo.caption", photo.caption(),
                        TAKEN.format(photo.takenAt()))));
            }
        }
        List<String> signatures = new ArrayList<>();
        signatures.add(t("sitevisit.sheet.sign.leader"));
        signatures.add(t("sitevisit.sheet.sign.members"));
        parts.add(new Signatures(signatures, true));
        List<String> subtitles = new ArrayList<>();
        if (visit.signedOffAt() != null) {
            subtitles.add(t("sitevisit.sheet.signed-off", visit.signedOffName(),
                    DAY.format(visit.signedOffAt().atZone(clock.getZone()).toLocalDate())));
        }
        return new FormDocument(t("sitevisit.sheet.title"), subtitles, FormDocument.Orientation.PORTRAIT, parts,
                t("sitevisit.sheet.author"), LocalDate.now(clock));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, ZH);
    }
}
