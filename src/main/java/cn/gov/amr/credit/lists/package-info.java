/**
 * The lists with legal timing (DOMAIN §7): annual-report compliance, the abnormal-operations list
 * (经营异常名录) of enterprises and cooperatives, the abnormal state (经营异常状态) of individual businesses,
 * and the serious illegal and dishonest list (严重违法失信名单); proposals with working-day deadlines, the
 * daily job, decisions published as {@link cn.gov.amr.credit.lists.EntityListed} and
 * {@link cn.gov.amr.credit.lists.EntityRemoved}. Queries through {@link cn.gov.amr.credit.lists.Lists} and
 * {@link cn.gov.amr.credit.lists.AnnualReportCompliance}, decisions through
 * {@link cn.gov.amr.credit.lists.ListDecisions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lists",
        allowedDependencies = {"audit", "calendar", "identity", "ingestion", "ingestion::schema", "platform",
                "registry", "shared"})
package cn.gov.amr.credit.lists;
