package dev.saldo.portal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SaldoApplication {

    public static void main(String[] args) {
        SpringApplication.run(SaldoApplication.class, args);
    }

    /** Business time: "today" for due dates and aging is the portfolio's calendar day, not the server's. */
    @Bean
    Clock clock(@Value("${saldo.time-zone:America/Santiago}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
