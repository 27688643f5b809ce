/** 申报单位: enterprises registered in Hubei, to which applicant accounts are bound. */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise")
package cn.gov.hubei.jxt.pilot.enterprise;
