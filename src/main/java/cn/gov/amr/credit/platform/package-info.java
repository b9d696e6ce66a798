/**
 * Runtime infrastructure every module stands on: the PostgreSQL database (embedded by default,
 * external by configuration), the clock, and jobs that run once across all instances ({@link
 * cn.gov.amr.credit.platform.ScheduledJob}, on db-scheduler; see docs/jobs.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {"shared"})
package cn.gov.amr.credit.platform;
