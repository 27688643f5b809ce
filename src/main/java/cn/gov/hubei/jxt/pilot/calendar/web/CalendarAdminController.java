package cn.gov.hubei.jxt.pilot.calendar.web;

import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.calendar.internal.CalendarCatalog;
import cn.gov.hubei.jxt.pilot.calendar.internal.CalendarFileRejectedException;
import cn.gov.hubei.jxt.pilot.calendar.internal.CalendarYearLoader;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The system administrator's page of the working-day calendar: the loaded years, a year's holidays, and the upload
 * of a new year's file (validated by {@link CalendarYearLoader} before anything is stored).
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarAdminController {

    static final String FORM = "form";

    private final CalendarCatalog catalog;
    private final CalendarYearLoader loader;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final MessageSource messages;

    CalendarAdminController(CalendarCatalog catalog, CalendarYearLoader loader, WorkingDays workingDays, Clock clock,
                            MessageSource messages) {
        this.catalog = catalog;
        this.loader = loader;
        this.workingDays = workingDays;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String years(Model model) {
        model.addAttribute(FORM, CalendarUploadForm.empty());
        return yearsPage(model);
    }

    @PostMapping
    String upload(@ModelAttribute(FORM) CalendarUploadForm form, BindingResult errors, Principal user, Model model,
                  RedirectAttributes redirect) {
        // values its record cannot hold (a check box that is neither true nor false) come only from a forged post
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (form.file() == null || form.file().isEmpty()) {
            reject(errors, "calendar.upload.file.required", new Object[0]);
            return yearsPage(model);
        }
        CalendarYearLoader.Outcome outcome;
        try {
            outcome = loader.load(form.file().getBytes(), StringUtils.getFilename(cleanPath(form.file().getOriginalFilename())),
                    CalendarYearLoader.Origin.UPLOADED,
                    form.replacing() ? CalendarYearLoader.Mode.REPLACE : CalendarYearLoader.Mode.REFUSE_IF_LOADED,
                    user.getName());
        } catch (CalendarFileRejectedException e) {
            e.problems().forEach(problem -> reject(errors, problem.code(), problem.getArguments()));
            return yearsPage(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded holiday file", e);
        }
        // Flash attributes live in the session (stored in PostgreSQL): only the finished text, a String, goes there.
        String year = String.valueOf(outcome.year());
        redirect.addFlashAttribute("notice", messages.getMessage(
                outcome.replaced() ? "calendar.upload.replaced" : "calendar.upload.done",
                new Object[] {year, String.valueOf(outcome.holidayCount()), String.valueOf(outcome.makeUpDayCount())},
                LocaleContextHolder.getLocale()));
        return "redirect:/admin/calendar/" + outcome.year();
    }

    @GetMapping("/{year}")
    String year(@PathVariable int year, Model model) {
        CalendarCatalog.LoadedYear loaded = catalog.loadedYear(year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("loaded", loaded);
        model.addAttribute("yearText", String.valueOf(year));
        model.addAttribute("listed", catalog.listedDays(year));
        model.addAttribute("grid", YearGrid.of(year, workingDays::describe));
        model.addAttribute("week", YearGrid.WEEK);
        return "calendar/year";
    }

    @GetMapping("/{year}/file")
    ResponseEntity<byte[]> file(@PathVariable int year) {
        CalendarCatalog.StoredFile file = catalog.storedFile(year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private String yearsPage(Model model) {
        Set<Integer> covered = workingDays.coveredYears();
        model.addAttribute("years", catalog.loadedYears());
        model.addAttribute("coveredRanges", ranges(covered));
        int nextYear = LocalDate.now(clock).getYear() + 1;
        if (!covered.contains(nextYear)) {
            model.addAttribute("missingNextYear", String.valueOf(nextYear));
        }
        return "calendar/admin";
    }

    /** Some browsers send the client's full path; only the name is kept. */
    private static String cleanPath(String name) {
        return name == null ? null : StringUtils.cleanPath(name);
    }

    // Added directly as a FieldError: the form is a record, and the error needs no read of the rejected value.
    private static void reject(BindingResult errors, String code, Object[] arguments) {
        errors.addError(new FieldError(FORM, "file", null, false, new String[] {code}, arguments, null));
    }

    /** Consecutive years as ranges, e.g. [2019, 2020, 2021, 2031] → "2019–2021", "2031". */
    static List<String> ranges(Set<Integer> years) {
        List<String> ranges = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int year : years.stream().sorted().toList()) {
            if (last != null && year == last + 1) {
                last = year;
                continue;
            }
            if (first != null) {
                ranges.add(range(first, last));
            }
            first = year;
            last = year;
        }
        if (first != null) {
            ranges.add(range(first, last));
        }
        return ranges;
    }

    private static String range(int first, int last) {
        return first == last ? String.valueOf(first) : first + "\u2013" + last;
    }
}
