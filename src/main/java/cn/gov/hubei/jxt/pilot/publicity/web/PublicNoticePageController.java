package cn.gov.hubei.jxt.pilot.publicity.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.publicity.NoticePrints;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import java.util.concurrent.TimeUnit;

/**
 * The public notice pages, open without login: {@code /public/notices} (the open notice first, then the coming and
 * past ones) and {@code /public/notices/{id}} (title, text, the list, the period, 发布单位, the objection link) with
 * its .docx and PDF. A draft's id is 404. Answers may be cached a minute (privately when someone is logged in, since
 * the page's navigation names them).
 */
@Controller
@RequestMapping("/public/notices")
class PublicNoticePageController {

    static final CacheControl CACHE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();
    static final CacheControl PRIVATE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePrivate();

    private final PublicNotices notices;
    private final NoticePrints prints;
    private final NoticeViews views;

    PublicNoticePageController(PublicNotices notices, NoticePrints prints, NoticeViews views) {
        this.notices = notices;
        this.prints = prints;
        this.views = views;
    }

    static void cache(HttpServletResponse response, CurrentUser user) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, (user == null ? CACHE : PRIVATE).getHeaderValue());
        response.setHeader("Pragma", null);
        response.setHeader(HttpHeaders.EXPIRES, null);
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        model.addAttribute("notices", NoticeViews.publicOrder(notices.published()));
        cache(response, user);
        return "publicity/public-list";
    }

    @GetMapping("/{id}")
    String notice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
                  HttpServletResponse response) {
        PublicNotice notice = notices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("notice", notice);
        model.addAttribute("entries", views.entries(notices.entries(id)));
        cache(response, user);
        return "publicity/public-notice";
    }

    @GetMapping("/{id}/notice.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        PublicNotice notice = notices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return NoticeViews.file(prints.docx(id, null), notice.title() + ".docx", NoticeViews.DOCX, true);
    }

    @GetMapping("/{id}/notice.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        PublicNotice notice = notices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return NoticeViews.file(prints.pdf(id, null), notice.title() + ".pdf", MediaType.APPLICATION_PDF, true);
    }
}
