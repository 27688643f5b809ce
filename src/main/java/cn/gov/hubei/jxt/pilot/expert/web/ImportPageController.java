package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.ExpertImportReport;
import cn.gov.hubei.jxt.pilot.expert.ExpertImports;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import static cn.gov.hubei.jxt.pilot.expert.web.Pages.person;

/** The office's import of experts from the .xlsx template, the template itself and the export of the pool. */
@Controller
@RequestMapping("/experts")
@PreAuthorize("@expertPermissions.canManage(authentication)")
class ImportPageController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final ExpertImports imports;
    private final MessageSource messages;
    private final Clock clock;

    ImportPageController(ExpertImports imports, MessageSource messages, Clock clock) {
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/import")
    String form() {
        return "expert/import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "validRowsOnly", defaultValue = "false") boolean validRowsOnly,
                  Authentication authentication, Model model) {
        model.addAttribute("validRowsOnly", validRowsOnly);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            model.addAttribute("fileError", text("expert.import.file.required"));
            return "expert/import";
        }
        try (InputStream in = file.getInputStream()) {
            ExpertImportReport report = imports.importWorkbook(file.getOriginalFilename(), in, validRowsOnly,
                    person(authentication));
            model.addAttribute("report", report);
        } catch (ExpertRefusedException e) {
            model.addAttribute("fileError", messages.getMessage(e, LocaleContextHolder.getLocale()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "expert/import";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(Authentication authentication) {
        return download(imports.template(person(authentication)), text("expert.download.template") + ".xlsx");
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") ExpertPageController.FilterForm filter,
                                  Authentication authentication) {
        byte[] workbook = imports.export(filter.toFilter().unpaged(), person(authentication));
        return download(workbook, text("expert.download.export") + "-"
                + STAMP.format(clock.instant().atZone(clock.getZone())) + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
