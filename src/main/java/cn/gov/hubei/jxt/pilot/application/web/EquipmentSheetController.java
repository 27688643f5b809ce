package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SavedSection;
import cn.gov.hubei.jxt.pilot.application.SectionConflictException;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Attachments;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.internal.EquipmentWorkbook;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The key equipment list as a spreadsheet: the blank template, the export of a draft's list and the import. */
@Controller
@RequestMapping("/applications")
class EquipmentSheetController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProjectApplications applications;
    private final ApplicationPermissions permissions;
    private final ApplicationPages pages;
    private final EquipmentWorkbook workbook;

    EquipmentSheetController(ProjectApplications applications, ApplicationPermissions permissions,
                             ApplicationPages pages, EquipmentWorkbook workbook) {
        this.applications = applications;
        this.permissions = permissions;
        this.pages = pages;
        this.workbook = workbook;
    }

    @GetMapping("/equipment-template.xlsx")
    @PreAuthorize("@applicationPermissions.canList(authentication)")
    ResponseEntity<byte[]> template() {
        return xlsx(workbook.write(List.of()), pages.text("application.xlsx.sheet") + ".xlsx");
    }

    @GetMapping("/{id}/equipment.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        ApplicationDraft draft = pages.draft(id, user);
        SavedSection saved = draft.section(SectionKey.ATTACHMENTS);
        List<cn.gov.hubei.jxt.pilot.application.SectionContent.Equipment> rows = saved == null ? List.of()
                : ((Attachments) saved.content()).normalised().equipment();
        return xlsx(workbook.write(rows), pages.text("application.xlsx.sheet") + "-" + id + ".xlsx");
    }

    @PostMapping("/{id}/equipment/import")
    String importSheet(@PathVariable long id, @RequestParam(required = false) MultipartFile sheet,
                       @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
        ApplicationDraft draft = pages.draft(id, user);
        String back = "redirect:/applications/" + id + "/sections/" + SectionKey.ATTACHMENTS.key();
        if (!permissions.canChange(user, draft.application())) {
            throw new org.springframework.security.access.AccessDeniedException("only the enterprise");
        }
        if (!permissions.canEdit(user, draft.application())) {
            redirect.addFlashAttribute("error", pages.text("application.edit.refused",
                    pages.text("application.status." + draft.application().status().name())));
            return back;
        }
        if (sheet == null || sheet.isEmpty()) {
            redirect.addFlashAttribute("error", pages.text("application.files.none"));
            return back;
        }
        EquipmentWorkbook.Import read;
        try (var in = sheet.getInputStream()) {
            read = workbook.read(in);
        }
        if (read.rows().isEmpty() && read.problemKey() != null) {
            redirect.addFlashAttribute("error", pages.text(read.problemKey()));
            return back;
        }
        SavedSection saved = draft.section(SectionKey.ATTACHMENTS);
        Attachments current = saved == null ? Attachments.empty() : (Attachments) saved.content();
        try {
            applications.saveSection(id, pages.scope(user), SectionKey.ATTACHMENTS,
                    saved == null ? 0 : saved.version(), current.withEquipment(read.rows()), false, user.username());
        } catch (SectionConflictException e) {
            redirect.addFlashAttribute("error", pages.text("application.autosave.conflict"));
            return back;
        } catch (ApplicationActionRefusedException e) {
            redirect.addFlashAttribute("error", pages.text(e));
            return back;
        }
        redirect.addFlashAttribute("success", pages.text("application.xlsx.imported", read.rows().size())
                + (read.problemKey() == null ? "" : " " + pages.text(read.problemKey())));
        return back;
    }

    private static ResponseEntity<byte[]> xlsx(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
