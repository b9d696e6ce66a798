package cn.gov.amr.credit.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo} only: the platform is UP once every demo step has finished (scripts waiting for
 * health then find a complete city); OUT_OF_SERVICE while a step runs, DOWN when one failed (see the log;
 * the next start runs it again). Without {@code --demo} there is no such component.
 */
@Component("demo")
@ConditionalOnProperty(name = "demo")
class DemoHealth implements HealthIndicator {

    private final DemoProgress progress;

    DemoHealth(DemoProgress progress) {
        this.progress = progress;
    }

    @Override
    public Health health() {
        return switch (progress.state()) {
            case WAITING -> Health.outOfService().withDetail("step", "-").build();
            case RUNNING -> Health.outOfService().withDetail("step", progress.step()).build();
            case FINISHED -> Health.up().build();
            case FAILED -> Health.down().withDetail("step", progress.step()).build();
        };
    }
}
