package cn.gov.amr.credit.demo.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.RunKind;
import cn.gov.amr.credit.classification.RunStatus;
import cn.gov.amr.credit.classification.StatisticsDimension;
import cn.gov.amr.credit.demo.DemoCityPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After {@code --demo} (health UP), the demo step "classification" has classified the whole register by
 * the active model in a full run (its own, or one queued before that it joined), and the distribution is
 * plausible for a city.
 */
class DemoClassificationTest {

    @Test
    void theDemoStepClassifiesEveryEntityOfTheRegister() {
        var jdbc = DemoCityPlatform.bean(JdbcClient.class);
        long register = jdbc.sql("select count(*) from registry.entities").query(Long.class).single();
        assertThat(register).isEqualTo(80_000);
        assertThat(jdbc.sql("select name from demo.steps order by done_at").query(String.class).list())
                .endsWith("lists", "classification");

        var run = DemoCityPlatform.bean(ClassificationRuns.class).recent(50).stream()
                .filter(r -> r.kind() == RunKind.FULL).findFirst().orElseThrow();
        assertThat(run.status()).as("the latest full run; error: %s", run.error()).isEqualTo(RunStatus.DONE);
        assertThat(run.startedAt()).as("started once the step had begun: the step's run, or the one it joined")
                .isAfterOrEqualTo(stepBegun(jdbc));
        assertThat(run.total()).as("entities the run went through").isEqualTo(register);

        var classification = DemoCityPlatform.bean(RiskClassification.class);
        var distribution = ClassDistribution.of(classification.statistics(StatisticsDimension.KIND, null));
        assertThat(distribution.unclassified()).as("entities left unclassified").isZero();
        assertThat(distribution.classified()).as("statistics' totals").isEqualTo(register);
        assertThat(distribution.plausible()).as("most A or B, few D: %s", distribution).isTrue();
        for (var by : StatisticsDimension.values()) {
            long counted = classification.statistics(by, null).rows().stream()
                    .flatMap(row -> row.counts().values().stream()).mapToLong(Long::longValue).sum();
            assertThat(counted).as("entities counted in the rows by %s", by).isEqualTo(register);
        }
    }

    /** The step's marker is written as it begins, before it queues its run (or joins one still queued). */
    private static Instant stepBegun(JdbcClient jdbc) {
        return jdbc.sql("select done_at from demo.steps where name = 'classification'").query(Timestamp.class)
                .single().toInstant();
    }
}
