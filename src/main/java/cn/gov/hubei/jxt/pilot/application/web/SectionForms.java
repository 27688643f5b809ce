package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Assessment;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Attachments;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Equipment;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Implementation;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Milestone;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Part;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Patent;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Plan;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Scenario;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Scenarios;
import cn.gov.hubei.jxt.pilot.application.SectionContent.SelfAssessment;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Target;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.application.internal.RuleContext;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.ResolvableType;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The section forms: binding posted fields (the record's components are the allow-list) into a section's content,
 * laying the content out for the page (one part per content item, one assessment per condition, one target per
 * indicator, an empty row where a table is empty), row actions, and the rules' problems as form errors.
 */
final class SectionForms {

    static final String FORM = "form";
    /**
     * The most rows a table of a section form binds: the same bound as the application-wide input filter's list
     * indexes (10,000), above the 2,000 rows an equipment import may bring. Larger or malformed indexes never get here.
     */
    static final int MAX_ROWS = 10_000;
    private static final Pattern INDEX = Pattern.compile("[0-9]{1,4}");
    private static final Pattern KEYED = Pattern.compile("^(parts|items|targets)\\[([A-Z0-9_-]+)](.*)$");

    private SectionForms() {
    }

    /** Binds request parameters into the section's content type; empty content when they cannot be bound. */
    static SectionContent bind(SectionKey key, Map<String, String[]> parameters) {
        DataBinder binder = new DataBinder(null, FORM);
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
        binder.setTargetType(ResolvableType.forClass(key.contentType()));
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                String[] values = parameters.get(name);
                if (values == null) {
                    return null;
                }
                return values.length == 1 ? values[0] : values;
            }

            @Override
            public Set<String> getNames() {
                return parameters.keySet();
            }
        });
        Object target = binder.getTarget();
        return target instanceof SectionContent content ? content : DraftSections.empty().get(key);
    }

    /**
     * Whether a form's action is one the section's buttons post: {@code save} (or none), {@code add:<table>},
     * {@code remove:<table>:<row>} or {@code upload:<target>} with a table, row and target the section has.
     */
    static boolean validAction(SectionKey key, String action) {
        if (action == null || action.equals("save")) {
            return true;
        }
        String[] parts = action.split(":", -1);
        return switch (parts[0]) {
            case "add" -> parts.length == 2 && switch (key) {
                case PLAN -> parts[1].equals("milestones");
                case SCENARIOS -> parts[1].equals("scenarios");
                case ATTACHMENTS -> parts[1].equals("equipment") || parts[1].equals("patents");
                default -> false;
            };
            case "remove" -> parts.length == 3 && INDEX.matcher(parts[2]).matches() && switch (key) {
                case PLAN -> parts[1].equals("milestones");
                case SCENARIOS -> parts[1].equals("scenarios");
                case ATTACHMENTS -> Set.of("equipment", "patents", "otherFileIds").contains(parts[1]);
                case IMPLEMENTATION -> parts[1].startsWith("figures-")
                        && INDEX.matcher(parts[1].substring("figures-".length())).matches();
                default -> false;
            };
            case "upload" -> parts.length == 2 && switch (key) {
                case IMPLEMENTATION -> INDEX.matcher(parts[1]).matches();
                case ATTACHMENTS -> Set.of("COMMITMENT", "CREDIT_REPORT", "OTHER").contains(parts[1]);
                default -> false;
            };
            default -> false;
        };
    }

    /** The content as the page shows it, aligned to what the section asks for. */
    static SectionContent forPage(SectionKey key, SectionContent content, RuleContext context) {
        return switch (key) {
            case IMPLEMENTATION -> {
                Implementation impl = (Implementation) content;
                yield new Implementation(context.expectedParts().stream()
                        .map(spec -> impl.part(spec.group(), spec.item())
                                .map(p -> new Part(p.group(), p.item(), p.text(),
                                        p.figures() == null ? List.of() : p.figures()))
                                .orElse(new Part(spec.group(), spec.item(), null, List.of())))
                        .toList());
            }
            case SELF_ASSESSMENT -> {
                SelfAssessment sa = (SelfAssessment) content;
                yield new SelfAssessment(context.expectedConditions().stream()
                        .map(spec -> sa.item(spec.mode(), spec.number())
                                .orElse(new Assessment(spec.mode(), spec.number(), null, null, null, null)))
                        .toList());
            }
            case PLAN -> {
                Plan plan = (Plan) content;
                List<Target> targets = context.indicators().stream()
                        .map(i -> plan.target(i.code()).orElse(new Target(i.code(), null, null, null)))
                        .toList();
                yield new Plan(atLeastOne(plan.milestones(), new Milestone(null, null, null, null)), targets,
                        plan.growth());
            }
            case SCENARIOS -> new Scenarios(atLeastOne(((Scenarios) content).scenarios(),
                    new Scenario(null, null, null, null, null)));
            case ATTACHMENTS -> {
                Attachments a = (Attachments) content;
                yield new Attachments(atLeastOne(a.equipment(), new Equipment(null, null, null, null, null, null)),
                        a.patents() == null ? List.of() : a.patents(), a.commitmentFileId(), a.creditReportFileId(),
                        a.creditSource(), a.creditCheckedOn(), a.otherFileIds() == null ? List.of() : a.otherFileIds());
            }
            default -> content;
        };
    }

    /**
     * What to save from a posted form: parts and assessments of modes no longer chosen are not on the page, so the
     * saved ones are kept beside the posted ones.
     */
    static SectionContent mergeForSave(SectionKey key, SectionContent posted, SectionContent saved) {
        if (key == SectionKey.IMPLEMENTATION) {
            List<Part> parts = new ArrayList<>(listOf(((Implementation) posted).parts()));
            Set<String> postedKeys = parts.stream().map(Part::key).collect(Collectors.toSet());
            listOf(((Implementation) saved).parts()).stream().filter(p -> !postedKeys.contains(p.key()))
                    .forEach(parts::add);
            return new Implementation(parts);
        }
        if (key == SectionKey.SELF_ASSESSMENT) {
            List<Assessment> items = new ArrayList<>(listOf(((SelfAssessment) posted).items()));
            Set<String> postedKeys = items.stream().map(a -> a.mode() + "-" + a.number()).collect(Collectors.toSet());
            listOf(((SelfAssessment) saved).items()).stream()
                    .filter(a -> !postedKeys.contains(a.mode() + "-" + a.number())).forEach(items::add);
            return new SelfAssessment(items);
        }
        return posted;
    }

    /** Adds an empty row to a table of the section (the "添加一行" button). */
    static SectionContent addRow(SectionKey key, SectionContent content, String table) {
        return switch (key) {
            case PLAN -> {
                Plan p = (Plan) content;
                yield "milestones".equals(table)
                        ? new Plan(plus(p.milestones(), new Milestone(null, null, null, null)), p.targets(), p.growth())
                        : p;
            }
            case SCENARIOS -> new Scenarios(plus(((Scenarios) content).scenarios(),
                    new Scenario(null, null, null, null, null)));
            case ATTACHMENTS -> {
                Attachments a = (Attachments) content;
                if ("equipment".equals(table)) {
                    yield a.withEquipment(plus(a.equipment(), new Equipment(null, null, null, null, null, null)));
                }
                yield "patents".equals(table)
                        ? new Attachments(a.equipment(), plus(a.patents(), new Patent(null, null, null, null)),
                        a.commitmentFileId(), a.creditReportFileId(), a.creditSource(), a.creditCheckedOn(),
                        a.otherFileIds())
                        : a;
            }
            default -> content;
        };
    }

    /** Removes row {@code index} of a table (the "删除" button of the row). */
    static SectionContent removeRow(SectionKey key, SectionContent content, String table, int index) {
        return switch (key) {
            case PLAN -> {
                Plan p = (Plan) content;
                yield "milestones".equals(table) ? new Plan(minus(p.milestones(), index), p.targets(), p.growth()) : p;
            }
            case SCENARIOS -> new Scenarios(minus(((Scenarios) content).scenarios(), index));
            case ATTACHMENTS -> {
                Attachments a = (Attachments) content;
                if ("equipment".equals(table)) {
                    yield a.withEquipment(minus(a.equipment(), index));
                }
                if ("patents".equals(table)) {
                    yield new Attachments(a.equipment(), minus(a.patents(), index), a.commitmentFileId(),
                            a.creditReportFileId(), a.creditSource(), a.creditCheckedOn(), a.otherFileIds());
                }
                yield "otherFileIds".equals(table)
                        ? new Attachments(a.equipment(), a.patents(), a.commitmentFileId(), a.creditReportFileId(),
                        a.creditSource(), a.creditCheckedOn(), minus(a.otherFileIds(), index))
                        : a;
            }
            case IMPLEMENTATION -> {
                // table is "figures-<part index>"
                Implementation impl = (Implementation) content;
                int part = Integer.parseInt(table.substring("figures-".length()));
                List<Part> parts = new ArrayList<>(listOf(impl.parts()));
                if (part >= 0 && part < parts.size()) {
                    Part p = parts.get(part);
                    parts.set(part, new Part(p.group(), p.item(), p.text(), minus(p.figures(), index)));
                }
                yield new Implementation(parts);
            }
            default -> content;
        };
    }

    /**
     * The problems as errors of the page's form. The rules name keyed rows ({@code parts[DISCRETE-3].text},
     * {@code targets[DEFECT_RATE].before}); the page's rows are indexed, so the keys become the rows' indexes. A
     * message on a row names the row ({@link RowNames}).
     */
    static BindingResult errors(SectionContent pageForm, SectionCheck check, boolean show, RowNames rows) {
        BindingResult result = new BeanPropertyBindingResult(pageForm, FORM);
        if (!show) {
            return result;
        }
        Map<String, Map<String, Integer>> indexes = new HashMap<>();
        if (pageForm instanceof Implementation impl) {
            indexes.put("parts", index(impl.parts(), Part::key));
        } else if (pageForm instanceof SelfAssessment sa) {
            indexes.put("items", index(sa.items(), a -> a.mode() + "-" + a.number()));
        } else if (pageForm instanceof Plan plan) {
            indexes.put("targets", index(plan.targets(), Target::indicator));
        }
        for (FieldProblem problem : check.problems()) {
            String field = problem.field();
            Matcher m = field == null ? null : KEYED.matcher(field);
            if (m != null && m.matches() && indexes.containsKey(m.group(1))) {
                Integer i = indexes.get(m.group(1)).get(m.group(2));
                field = i == null ? m.group(1) : m.group(1) + "[" + i + "]" + m.group(3);
            }
            MessageSourceResolvable message = rows.message(problem);
            try {
                result.rejectValue(field, message.getCodes()[0], message.getArguments(), problem.code());
            } catch (RuntimeException notAFormField) {
                result.reject(message.getCodes()[0], message.getArguments(), problem.code());
            }
        }
        return result;
    }

    static Map<String, Integer> indicatorIndexes(List<Indicator> indicators) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            map.put(indicators.get(i).code(), i);
        }
        return map;
    }

    private static <T> Map<String, Integer> index(List<T> rows, Function<T, String> key) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            map.put(key.apply(rows.get(i)), i);
        }
        return map;
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static <T> List<T> atLeastOne(List<T> rows, T empty) {
        List<T> list = listOf(rows);
        return list.isEmpty() ? List.of(empty) : list;
    }

    private static <T> List<T> plus(List<T> rows, T row) {
        List<T> list = new ArrayList<>(listOf(rows));
        list.add(row);
        return list;
    }

    private static <T> List<T> minus(List<T> rows, int index) {
        List<T> list = new ArrayList<>(listOf(rows));
        if (index >= 0 && index < list.size()) {
            list.remove(index);
        }
        return list;
    }
}
