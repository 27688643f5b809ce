package cn.gov.hubei.jxt.pilot.portal.web;

import cn.gov.hubei.jxt.pilot.application.LifeCycleStage;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.Industry;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names the portal shows for codes: the 17 divisions, the modes, the key industries, the life-cycle stages. */
@Component
class PortalVocabulary {

    private final ReferenceCatalog reference;
    private final MessageSource messages;

    PortalVocabulary(ReferenceCatalog reference, MessageSource messages) {
        this.reference = reference;
        this.messages = messages;
    }

    List<Division> divisions() {
        return reference.divisions();
    }

    List<ManufacturingMode> modes() {
        return reference.modes();
    }

    List<Industry> industries() {
        return reference.industries();
    }

    List<LifeCycleStage> stages() {
        return Arrays.asList(LifeCycleStage.values());
    }

    Map<String, String> divisionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        reference.divisions().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    Map<String, String> modeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        reference.modes().forEach(m -> names.put(m.code(), m.name()));
        return names;
    }

    Map<String, String> industryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        reference.industries().forEach(i -> names.put(i.code(), i.name()));
        return names;
    }

    Map<String, String> stageNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (LifeCycleStage s : LifeCycleStage.values()) {
            names.put(s.name(), text("portal.stage." + s.name()));
        }
        return names;
    }

    boolean isDivision(String code) {
        return code != null && reference.divisions().stream().anyMatch(d -> d.code().equals(code));
    }

    boolean isMode(String code) {
        return code != null && reference.modes().stream().anyMatch(m -> m.code().equals(code));
    }

    boolean isIndustry(String code) {
        return code != null && reference.industries().stream().anyMatch(i -> i.code().equals(code));
    }

    boolean isStage(String code) {
        return LifeCycleStage.of(code) != null;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** Every name map a page needs. */
    Map<String, Object> names() {
        return Map.of("divisionNames", divisionNames(), "modeNames", modeNames(), "industryNames", industryNames(),
                "stageNames", stageNames());
    }
}
