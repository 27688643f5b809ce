package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.Industry;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference lists the pool's pages, API and spreadsheets name codes with: modes, industries and divisions in the
 * programme's order, read once per request.
 */
public record Vocabulary(List<ManufacturingMode> modes, List<Industry> industries, List<Division> divisions,
                  Map<String, String> modeNames, Map<String, String> industryNames,
                  Map<String, String> divisionNames) {

    /** How names are listed in one cell, in the pages and in the spreadsheets. */
    static final String SEPARATOR = "、";

    static Vocabulary of(ReferenceCatalog reference) {
        List<ManufacturingMode> modes = reference.modes();
        List<Industry> industries = reference.industries();
        List<Division> divisions = reference.divisions();
        Map<String, String> modeNames = new LinkedHashMap<>();
        modes.forEach(m -> modeNames.put(m.code(), m.name()));
        Map<String, String> industryNames = new LinkedHashMap<>();
        industries.forEach(i -> industryNames.put(i.code(), i.name()));
        Map<String, String> divisionNames = new LinkedHashMap<>();
        divisions.forEach(d -> divisionNames.put(d.code(), d.name()));
        return new Vocabulary(modes, industries, divisions, modeNames, industryNames, divisionNames);
    }

    /** The expert's modes by name, in the programme's order. */
    public List<String> modesOf(Expert e) {
        return modeNames.entrySet().stream().filter(x -> e.modeCodes().contains(x.getKey())).map(Map.Entry::getValue)
                .toList();
    }

    public List<String> industriesOf(Expert e) {
        return industryNames.entrySet().stream().filter(x -> e.industryCodes().contains(x.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** The expert's modes by name, joined as Chinese lists are (、). */
    public String modesText(Expert e) {
        return String.join(SEPARATOR, modesOf(e));
    }

    public String industriesText(Expert e) {
        return String.join(SEPARATOR, industriesOf(e));
    }

    public String divisionOf(Expert e) {
        return e.divisionCode() == null ? null : divisionNames.getOrDefault(e.divisionCode(), e.divisionCode());
    }
}
