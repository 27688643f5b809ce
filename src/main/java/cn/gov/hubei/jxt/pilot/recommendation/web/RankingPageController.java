package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.documents.SummaryTable;
import cn.gov.hubei.jxt.pilot.files.DamagedFileException;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.RankedEntry;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.internal.InvalidInputException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.ListConflictException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRefusedException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.ListSubmission;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Overview;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Ranking;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationLists;
import cn.gov.hubei.jxt.pilot.recommendation.internal.WaitingApplications;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Submission;
import cn.gov.hubei.jxt.pilot.recommendation.internal.SubmittedFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The division's ranked list (推荐排序): reorder by drag and drop ({@code ranking.js} posts the whole order) or with
 * the 上移 / 下移 buttons, which are plain forms and work without JavaScript; the 备注 of each row; the summary table
 * (汇总表) as .docx and .xlsx; and the submission to the province with the stamped scan. Every change names the list
 * version the page was built from, so a stale page is told so instead of overwriting someone else's change.
 */
@Controller
@RequestMapping("/recommendation/ranking")
@PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
class RankingPageController {

    private final RecommendationLists lists;
    private final Ranking ranking;
    private final ListSubmission submission;
    private final WaitingApplications waiting;
    private final Overview overview;
    private final RecommendationMessages messages;

    RankingPageController(RecommendationLists lists, Ranking ranking, ListSubmission submission,
                          WaitingApplications waiting, Overview overview, RecommendationMessages messages) {
        this.lists = lists;
        this.ranking = ranking;
        this.submission = submission;
        this.waiting = waiting;
        this.overview = overview;
        this.messages = messages;
    }

    @GetMapping
    String ranking(@RequestParam(required = false) Long call, @AuthenticationPrincipal CurrentUser user,
                   Model model) {
        return page(call(call), user, model);
    }

    @PostMapping("/move")
    String move(@RequestParam long call, @RequestParam long applicationId, @RequestParam long version,
                @RequestParam String direction, @AuthenticationPrincipal CurrentUser user,
                RedirectAttributes redirect) {
        boolean up = "up".equals(direction);
        String button = moveButton(applicationId, up);
        try {
            RecommendationList list = ranking.move(call, version, applicationId, up, user);
            redirect.addFlashAttribute("success", messages.text("recommendation.ranking.moved"));
            button = buttonAfterMove(list, applicationId, up);
        } catch (ListConflictException e) {
            redirect.addFlashAttribute("error", messages.text("recommendation.ranking.conflict",
                    e.expectedVersion(), e.current().version()));
        } catch (RecommendationRefusedException e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        // back to the moved row's button, which the browser focuses (the page's fragment): keyboard and screen
        // reader users stay where they were instead of starting again at the top of the page
        return "redirect:/recommendation/ranking?call=" + call + "#" + button;
    }

    /** The id of a row's 上移 or 下移 button in ranking.html. */
    static String moveButton(long applicationId, boolean up) {
        return "move-" + applicationId + (up ? "-up" : "-down");
    }

    /**
     * The button that keeps the focus after a move: the one pressed, or the row's other one when the row reached the
     * top or the bottom and the pressed one is now disabled.
     */
    static String buttonAfterMove(RecommendationList list, long applicationId, boolean up) {
        List<Long> ids = list.entries().stream().map(RankedEntry::applicationId).toList();
        int index = ids.indexOf(applicationId);
        boolean atTop = index == 0;
        boolean atBottom = index == ids.size() - 1;
        if (up && atTop && !atBottom) {
            return moveButton(applicationId, false);
        }
        if (!up && atBottom && !atTop) {
            return moveButton(applicationId, true);
        }
        return moveButton(applicationId, up);
    }

    @PostMapping("/remark")
    String remark(@RequestParam long call, @RequestParam long applicationId, @RequestParam long version,
                  @RequestParam(required = false) String remark, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        try {
            ranking.remark(call, version, applicationId, remark, user);
            redirect.addFlashAttribute("success", messages.text("recommendation.ranking.remark-saved"));
            return "redirect:/recommendation/ranking?call=" + call;
        } catch (ListConflictException e) {
            // the typed remark stays in its row, so that nothing is lost: the person saves it again on the new list
            model.addAttribute("error", messages.text("recommendation.ranking.conflict", e.expectedVersion(),
                    e.current().version()));
            model.addAttribute("pendingRemarks", Map.of(applicationId, remark == null ? "" : remark));
            return page(call(call), user, model);
        } catch (InvalidInputException e) {
            model.addAttribute("remarkErrors", Map.of(applicationId, PageSupport.first(e, messages)));
            model.addAttribute("pendingRemarks", Map.of(applicationId, remark == null ? "" : remark));
            return page(call(call), user, model);
        } catch (RecommendationRefusedException e) {
            redirect.addFlashAttribute("error", messages.text(e));
            return "redirect:/recommendation/ranking?call=" + call;
        }
    }

    /** The order after a drag and drop, from {@code ranking.js}: answered as JSON. */
    @PostMapping(path = "/order", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> order(@RequestParam long call, @RequestParam long version,
                                              @RequestParam(required = false) List<Long> order,
                                              @AuthenticationPrincipal CurrentUser user) {
        try {
            RecommendationList list = ranking.reorder(call, version, order == null ? List.of() : order, user);
            return ResponseEntity.ok(Map.of("version", list.version(), "order", ids(list),
                    "message", messages.text("recommendation.ranking.reordered")));
        } catch (ListConflictException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("version", e.current().version(),
                    "order", ids(e.current()), "message", messages.text("recommendation.ranking.conflict",
                            e.expectedVersion(), e.current().version())));
        } catch (RecommendationRefusedException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", messages.text(e)));
        }
    }

    @GetMapping("/summary.docx")
    ResponseEntity<byte[]> docx(@RequestParam long call, @AuthenticationPrincipal CurrentUser user) {
        CallSummary selected = call(call);
        SummaryTable table = submission.summaryTable(selected, division(user));
        return Downloads.attachment(submission.fileName(selected, division(user), "docx"),
                cn.gov.hubei.jxt.pilot.files.FileKind.DOCX.mediaType(), submission.docx(table));
    }

    @GetMapping("/summary.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam long call, @AuthenticationPrincipal CurrentUser user) {
        CallSummary selected = call(call);
        SummaryTable table = submission.summaryTable(selected, division(user));
        return Downloads.attachment(submission.fileName(selected, division(user), "xlsx"),
                cn.gov.hubei.jxt.pilot.files.FileKind.XLSX.mediaType(), submission.xlsx(table));
    }

    @PostMapping("/submit")
    String submit(@RequestParam long call, @RequestParam(required = false) String submitToken,
                  @RequestParam(required = false) MultipartFile scan,
                  @RequestParam(defaultValue = "false") boolean confirmUnsettled,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try (InputStream content = scan == null || scan.isEmpty() ? null : scan.getInputStream()) {
            Submission done = submission.submit(call, submitToken,
                    scan == null ? null : scan.getOriginalFilename(), content, confirmUnsettled, user);
            redirect.addFlashAttribute("success", messages.text(done.late()
                    ? "recommendation.submit.done-late" : "recommendation.submit.done", done.number(),
                    done.entryCount()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", PageSupport.first(e, messages));
        } catch (RecommendationRefusedException e) {
            redirect.addFlashAttribute("error", messages.text(e));
        } catch (FileRejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/recommendation/ranking?call=" + call;
    }

    @GetMapping("/files/{role}")
    ResponseEntity<byte[]> submittedFile(@RequestParam long call, @PathVariable String role,
                                         @AuthenticationPrincipal CurrentUser user) {
        SubmittedFile.Role which = SubmittedFile.Role.of(role);
        if (which == null) {
            throw new RecommendationPageController.NotFound();
        }
        SubmittedFile file = overview.submittedFile(call(call).id(), division(user), which)
                .orElseThrow(RecommendationPageController.NotFound::new);
        return Downloads.file(file);
    }

    @ExceptionHandler(RecommendationPageController.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(DamagedFileException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String damaged() {
        return "error/500";
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String page(CallSummary call, CurrentUser user, Model model) {
        String division = division(user);
        RecommendationList list = lists.ranking(call, division);
        model.addAttribute("calls", lists.calls());
        model.addAttribute("call", call);
        model.addAttribute("list", list);
        String closedReason = lists.closedReason(call, division);
        model.addAttribute("closedReason", closedReason);
        // asked before the submission: what the list would leave behind
        model.addAttribute("unsettled", closedReason == null ? waiting.unsettled(call.id(), division) : List.of());
        model.addAttribute("stranded", waiting.stranded(call.id(), division));
        model.addAttribute("submitToken", UUID.randomUUID().toString());
        if (!model.containsAttribute("pendingRemarks")) {
            model.addAttribute("pendingRemarks", Map.of());
        }
        if (!model.containsAttribute("remarkErrors")) {
            model.addAttribute("remarkErrors", Map.of());
        }
        return "recommendation/ranking";
    }

    private CallSummary call(Long call) {
        return lists.call(call).orElseThrow(RecommendationPageController.NotFound::new);
    }

    private static String division(CurrentUser user) {
        return user.divisionCode().orElseThrow();
    }

    private static List<Long> ids(RecommendationList list) {
        List<Long> ids = new ArrayList<>();
        list.entries().forEach(e -> ids.add(e.applicationId()));
        return ids;
    }
}
