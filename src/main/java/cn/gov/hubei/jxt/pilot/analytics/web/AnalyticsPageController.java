package cn.gov.hubei.jxt.pilot.analytics.web;

import cn.gov.hubei.jxt.pilot.analytics.AnalyticsFilter;
import cn.gov.hubei.jxt.pilot.analytics.Chart;
import cn.gov.hubei.jxt.pilot.analytics.Dashboard;
import cn.gov.hubei.jxt.pilot.analytics.Dashboards;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboards' page: the filter (call or year), every chart in a {@code <figure>} with its data table beside it
 * and an .xlsx export of that table. The chart's data go to the static script in a {@code data-} attribute (no
 * inline script). The scope is the person's: a division asked for in the address is ignored.
 */
@Controller
@RequestMapping("/analytics")
class AnalyticsPageController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Dashboards dashboards;
    private final JsonMapper json;

    AnalyticsPageController(Dashboards dashboards, JsonMapper json) {
        this.dashboards = dashboards;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("@analyticsPermissions.canView(authentication)")
    String dashboard(@RequestParam(required = false) String call, @RequestParam(required = false) String year,
                     @AuthenticationPrincipal CurrentUser user, Model model) {
        AnalyticsFilter filter = filter(call, year);
        Dashboard dashboard = dashboards.dashboard(user, filter);
        Map<Chart, String> data = new LinkedHashMap<>();
        dashboard.charts().forEach(c -> data.put(c.chart(), json.writeValueAsString(c)));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("data", data);
        model.addAttribute("query", query(filter));
        return "analytics/dashboard";
    }

    @GetMapping("/charts/{chart}.xlsx")
    @PreAuthorize("@analyticsPermissions.canView(authentication)")
    ResponseEntity<byte[]> xlsx(@PathVariable String chart, @RequestParam(required = false) String call,
                                @RequestParam(required = false) String year,
                                @AuthenticationPrincipal CurrentUser user) {
        Chart c = Chart.byKey(chart).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] bytes = dashboards.xlsx(user, c, filter(call, year));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("analytics-" + c.key() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }

    /** The filter from the address: numbers only, anything else is no filter. */
    static AnalyticsFilter filter(String call, String year) {
        return new AnalyticsFilter(number(call, 18) == null ? null : Long.valueOf(call.strip()),
                number(year, 4) == null ? null : Integer.valueOf(year.strip()));
    }

    private static String number(String value, int digits) {
        return value != null && value.strip().matches("[0-9]{1," + digits + "}") ? value.strip() : null;
    }

    private static String query(AnalyticsFilter filter) {
        if (filter.callId() != null) {
            return "?call=" + filter.callId();
        }
        return filter.year() != null ? "?year=" + filter.year() : "";
    }
}
