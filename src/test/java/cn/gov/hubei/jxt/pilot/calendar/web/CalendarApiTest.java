package cn.gov.hubei.jxt.pilot.calendar.web;

import cn.gov.hubei.jxt.pilot.calendar.CalendarIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public JSON API of the calendar, without login, with its exact bodies. */
@CalendarIntegrationTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsFiveWorkingDaysFromTheMakeUpSaturday() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("start", "2021-02-20").param("count", "5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("""
                        {"start":"2021-02-20","end":"2021-02-25",
                         "days":["2021-02-20","2021-02-22","2021-02-23","2021-02-24","2021-02-25"]}""", true));
    }

    @Test
    void echoesAStartOnADayOffAndBeginsAtTheNextWorkingDay() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("start", "2024-10-01").param("count", "2"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"start":"2024-10-01","end":"2024-10-09","days":["2024-10-08","2024-10-09"]}""", true));
    }

    @Test
    void describesAHoliday() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2024-10-01"))
                .andExpect(status().isOk())
                .andExpect(content().string("{\"date\":\"2024-10-01\",\"workingDay\":false,\"name\":\"国庆节\"}"));
    }

    @Test
    void describesAMakeUpWorkingDayAndAnOrdinaryDay() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2024-09-29"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"date\":\"2024-09-29\",\"workingDay\":true,\"name\":\"国庆节\"}", true));
        mvc.perform(get("/api/v1/calendar/days/2024-10-08"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"date\":\"2024-10-08\",\"workingDay\":true,\"name\":null}", true));
    }

    @Test
    void refusesADateOfAYearWithoutDataWith422() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2027-01-04"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status":422,"title":"工作日历未覆盖该日期",
                         "detail":"2027年的法定节假日安排尚未载入工作日历，无法计算工作日。请系统管理员先载入该年度的国务院办公厅节假日安排。",
                         "instance":"/api/v1/calendar/days/2027-01-04","year":2027}""", true));
    }

    @Test
    void refusesAPeriodRunningIntoAYearWithoutDataWith422() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("start", "2026-12-28").param("count", "10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status":422,"year":2027,
                         "detail":"2027年的法定节假日安排尚未载入工作日历，无法计算工作日。请系统管理员先载入该年度的国务院办公厅节假日安排。"}"""));
    }

    @Test
    void refusesACountOutsideOneTo366() throws Exception {
        for (String count : new String[] {"0", "367", "-1", "five"}) {
            mvc.perform(get("/api/v1/calendar/working-days").param("start", "2021-02-20").param("count", count))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(content().json("""
                            {"status":400,"title":"请求参数有误","detail":"请按提示修改参数后重试。",
                             "instance":"/api/v1/calendar/working-days",
                             "errors":[{"field":"count","message":"工作日数量必须是 1 至 366 之间的整数。"}]}""", true));
        }
        mvc.perform(get("/api/v1/calendar/working-days").param("start", "2021-01-04").param("count", "366"))
                .andExpect(status().isOk());
    }

    @Test
    void refusesAMalformedOrMissingDate() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("start", "2021-2-30").param("count", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status":400,
                         "errors":[{"field":"start","message":"请以 YYYY-MM-DD 格式填写开始日期，例如 2021-02-20。"}]}"""));
        mvc.perform(get("/api/v1/calendar/working-days").param("count", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"errors":[{"field":"start","message":"请以 YYYY-MM-DD 格式填写开始日期，例如 2021-02-20。"}]}"""));
        mvc.perform(get("/api/v1/calendar/days/2024-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status":400,
                         "errors":[{"field":"date","message":"请以 YYYY-MM-DD 格式填写日期，例如 2024-10-01。"}]}"""));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days'].get.summary")
                        .value("The first `count` working days from `start`"))
                .andExpect(jsonPath("$.paths['/api/v1/calendar/days/{date}'].get.responses['422']").exists());
    }
}
