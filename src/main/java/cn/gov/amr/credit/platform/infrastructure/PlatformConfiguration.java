package cn.gov.amr.credit.platform.infrastructure;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@org.springframework.scheduling.annotation.EnableAsync
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    InstanceId instanceId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "host");
        return new InstanceId(host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8));
    }
}
