package cn.gov.hubei.jxt.pilot.publicity.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.publicity.OfficeContact;
import cn.gov.hubei.jxt.pilot.publicity.OfficeContacts;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRefusedException;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's contact on notices ({@code /publicity/contact}): the form new notice drafts are pre-filled from. */
@Controller
@RequestMapping("/publicity/contact")
@PreAuthorize("@publicityPermissions.canSetContact(authentication)")
class ContactPageController {

    static final String FORM = "contactForm";

    private final OfficeContacts contacts;
    private final PublicityTexts texts;

    ContactPageController(OfficeContacts contacts, PublicityTexts texts) {
        this.contacts = contacts;
        this.texts = texts;
    }

    /** The form: the four fields and the version read. */
    record ContactForm(String publisher, String contactTelephone, String contactAddress, String objectionEmail,
                       Long version) {
    }

    @GetMapping
    String form(Model model) {
        OfficeContact current = contacts.current();
        model.addAttribute("defaults", current.version() == 0);
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new ContactForm(current.publisher(), current.contactTelephone(),
                    current.contactAddress(), current.objectionEmail(), current.version()));
        }
        return "publicity/contact";
    }

    @PostMapping
    String save(@ModelAttribute(FORM) ContactForm form, BindingResult binding,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            contacts.save(new OfficeContact(form.publisher(), form.contactTelephone(), form.contactAddress(),
                    form.objectionEmail(), 0), form.version() == null ? -1 : form.version(), user);
            redirect.addFlashAttribute("success", texts.text("publicity.contact.saved"));
            return "redirect:/publicity/contact";
        } catch (PublicityRejectedException e) {
            PublicityPageController.reject(binding, e.problems());
        } catch (PublicityRefusedException e) {
            redirect.addFlashAttribute("error", texts.text(e));
            return "redirect:/publicity/contact";
        }
        return form(model);
    }
}
