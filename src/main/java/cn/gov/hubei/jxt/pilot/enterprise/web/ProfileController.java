package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseNature;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseProfiles;
import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseRegistrations;
import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileConflictException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileField;
import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileInvalidException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileRules;
import cn.gov.hubei.jxt.pilot.enterprise.internal.Registration;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** 企业基本信息: the enterprise's staff keep 附件3 一(一) up to date; an application copies it when submitted. */
@Controller
@RequestMapping("/enterprise/profile")
@PreAuthorize("@enterprisePermissions.isStaff(authentication)")
class ProfileController {

    static final String FORM = "profileForm";

    /** A field whose saved value differs from what the person typed, for the conflict table. */
    record Difference(String labelKey, String saved, String yours) {
    }

    private final EnterpriseProfiles profiles;
    private final EnterpriseRegistrations registrations;
    private final ReferenceCatalog catalog;
    private final MessageSource messages;

    ProfileController(EnterpriseProfiles profiles, EnterpriseRegistrations registrations, ReferenceCatalog catalog,
                      MessageSource messages) {
        this.profiles = profiles;
        this.registrations = registrations;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        EnterpriseProfile profile = current(user);
        ProfileForm form = ProfileForm.of(profile);
        if (profile.version() == 0) {
            Optional<Registration> registration = registrations.ofEnterprise(profile.enterpriseId());
            if (registration.isPresent()) {
                Registration r = registration.get();
                form = form.withContact(r.contactName(), r.mobile(), r.email());
            }
        }
        model.addAttribute(FORM, form);
        return page(profile, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal CurrentUser user, @ModelAttribute(FORM) ProfileForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        // values its record cannot hold (a version that is not a number) come only from a forged post
        if (binding.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        long enterpriseId = user.enterpriseId().orElseThrow();
        int expected = form.version() == null ? 0 : form.version();
        try {
            EnterpriseProfile saved = profiles.save(enterpriseId, form.toInput(), expected, user.username());
            redirect.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/enterprise/profile";
        } catch (ProfileInvalidException e) {
            FormErrors.bind(e.violations(), binding, ProfileForm.FIELDS);
            return page(current(user), model);
        } catch (ProfileConflictException e) {
            // Keep what the person typed; show what is saved now; a second save with the new version is then a
            // deliberate choice to overwrite it, never a silent one.
            EnterpriseProfile now = current(user);
            ProfileForm mine = form.withVersion(now.version());
            model.addAttribute(FORM, mine);
            BindingResult rebound = new org.springframework.validation.BeanPropertyBindingResult(mine, FORM);
            rebound.reject("enterprise.profile.conflict", new Object[]{String.valueOf(now.version())},
                    "enterprise.profile.conflict");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, rebound);
            model.addAttribute("differences", differences(now, mine));
            return page(now, model);
        }
    }

    private List<Difference> differences(EnterpriseProfile saved, ProfileForm mine) {
        List<Difference> differences = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            String savedText = display(field, ProfileForm.text(field.of(saved)));
            String typedText = display(field, mine.value(field.property()));
            if (!Objects.equals(savedText, typedText)) {
                differences.add(new Difference(field.labelKey(), savedText, typedText));
            }
        }
        return differences;
    }

    /** A value as the person reads it: 国有 rather than STATE_OWNED, 是 rather than true; blank is a dash. */
    private String display(ProfileField field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return "—";
        }
        if (field == ProfileField.NATURE) {
            for (EnterpriseNature nature : EnterpriseNature.values()) {
                if (nature.name().equals(text)) {
                    return message("enterprise.nature." + nature.name());
                }
            }
        }
        if (field == ProfileField.INTEGRATION_MANAGEMENT_PILOT || field == ProfileField.SMART_MANUFACTURING_PROJECT) {
            if ("true".equals(text)) {
                return message("enterprise.answer.yes");
            }
            if ("false".equals(text)) {
                return message("enterprise.answer.no");
            }
        }
        return text.replace("\r\n", "\n");
    }

    private String page(EnterpriseProfile profile, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("divisionName", catalog.division(profile.divisionCode()).map(Division::name)
                .orElse(profile.divisionCode()));
        model.addAttribute("natures", EnterpriseNature.values());
        model.addAttribute("maxIntroduction", ProfileRules.MAX_INTRODUCTION);
        model.addAttribute("today", profiles.today());
        return "enterprise/profile";
    }

    private EnterpriseProfile current(CurrentUser user) {
        return profiles.current(user.enterpriseId().orElseThrow()).orElseThrow();
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
