package dev.saldo.portal.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Dates are stored with the driver's own java.time codecs: a {@code LocalDate} due date becomes
 * midnight UTC, whatever the server's time zone, so "overdue" means the same on every instance.
 */
@Configuration(proxyBeanMethods = false)
class MongoMappingConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
