package cn.gov.amr.credit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CreditPlatformApplication {
    public static void main(String[] args) {
        SpringApplication.run(CreditPlatformApplication.class, args);
    }
}
