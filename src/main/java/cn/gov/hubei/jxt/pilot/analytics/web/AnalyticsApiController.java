package cn.gov.hubei.jxt.pilot.analytics.web;

import cn.gov.hubei.jxt.pilot.analytics.Chart;
import cn.gov.hubei.jxt.pilot.analytics.ChartTable;
import cn.gov.hubei.jxt.pilot.analytics.Dashboard;
import cn.gov.hubei.jxt.pilot.analytics.Dashboards;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboards as JSON, scoped as the page is: the office sees every division, a recommender its own (a division
 * cannot be asked for). Every figure is an aggregate computed in the database.
 */
@RestController
@RequestMapping(path = "/api/v1/analytics", produces = "application/json")
@Tag(name = "Analytics", description = "统计分析: the funnel, coverage, indicators, trends and the designated stock")
class AnalyticsApiController {

    private final Dashboards dashboards;

    AnalyticsApiController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    @PreAuthorize("@analyticsPermissions.canView(authentication)")
    @Operation(summary = "Every chart's table for a call, a year or every call",
            description = "call (a call's id) wins over year; neither: every call. The office sees the province, a "
                    + "recommender its own division only.")
    Dashboard dashboard(@Parameter(description = "a call's id") @RequestParam(required = false) String call,
                        @Parameter(description = "a call year") @RequestParam(required = false) String year,
                        @AuthenticationPrincipal CurrentUser user) {
        return dashboards.dashboard(user, AnalyticsPageController.filter(call, year));
    }

    @GetMapping("/charts/{chart}")
    @PreAuthorize("@analyticsPermissions.canView(authentication)")
    @Operation(summary = "One chart's table",
            description = "chart: funnel, divisions, modes, technologies, industries, indicators, indicator-values, "
                    + "trends, stock")
    @ApiResponse(responseCode = "404", description = "No such chart",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ChartTable chart(@PathVariable String chart, @RequestParam(required = false) String call,
                     @RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user) {
        Chart c = Chart.byKey(chart).orElseThrow(ChartNotFoundException::new);
        return dashboards.chart(user, c, AnalyticsPageController.filter(call, year));
    }
}
