package cn.gov.hubei.jxt.pilot.notification.web;

import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * 我的通知: every logged-in person's own inbox. The owner is always the logged-in user, never a request parameter, and
 * an entry id of someone else is answered with 404, as if it did not exist.
 */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated()")
class InboxPageController {

    private static final Logger log = LoggerFactory.getLogger(InboxPageController.class);

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;

    InboxPageController(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Newest first, 20 a page; {@code page} counts from 1 and is held within the pages there are. */
    @GetMapping
    String list(Authentication authentication, @RequestParam(defaultValue = "false") boolean unread,
                @RequestParam(defaultValue = "1") int page, Model model) {
        String me = authentication.getName();
        long total = inbox.count(me, unread);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("entries", inbox.list(me, unread, PAGE_SIZE, (current - 1) * PAGE_SIZE));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("total", total);
        model.addAttribute("unreadCount", unread ? total : inbox.unreadCount(me));
        model.addAttribute("pageNumber", current);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", current > 1 ? url(unread, current - 1) : null);
        model.addAttribute("nextUrl", current < pages ? url(unread, current + 1) : null);
        return "notification/inbox";
    }

    /**
     * Marks the entry read and goes where it points. Only a path of this application is followed: an entry's link is
     * checked when it is written, and again here, so that no entry can send a person to another site.
     */
    @GetMapping("/{id}/open")
    RedirectView open(Authentication authentication, @PathVariable long id) {
        String me = authentication.getName();
        InboxEntry entry = inbox.find(me, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        inbox.markRead(me, id);
        String target = "/inbox";
        if (entry.link() != null && Notice.isApplicationPath(entry.link())) {
            target = entry.link();
        } else if (entry.link() != null) {
            log.warn("Inbox entry {} of {} links outside the application ({}); showing the inbox instead",
                    id, me, entry.link());
        }
        return redirect(target);
    }

    @PostMapping("/{id}/read")
    RedirectView markRead(Authentication authentication, @PathVariable long id,
                          @RequestParam(defaultValue = "false") boolean unread,
                          @RequestParam(defaultValue = "1") int page) {
        if (!inbox.markRead(authentication.getName(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return redirect(url(unread, page));
    }

    @PostMapping("/read-all")
    RedirectView markAllRead(Authentication authentication, RedirectAttributes redirect) {
        redirect.addFlashAttribute("markedRead", inbox.markAllRead(authentication.getName()));
        return redirect("/inbox");
    }

    static String url(boolean unread, int page) {
        StringBuilder url = new StringBuilder("/inbox");
        if (unread) {
            url.append("?unread=true");
        }
        if (page > 1) {
            url.append(unread ? '&' : '?').append("page=").append(page);
        }
        return url.toString();
    }

    /** No URI template expansion and no model in the query: the target is used exactly as given. */
    private static RedirectView redirect(String target) {
        RedirectView view = new RedirectView(target, true);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        return view;
    }
}
