package dev.saldo.portal.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * ShedLock over the portal's own MongoDB: every instance fires its {@code @Scheduled} methods, and the
 * one that takes the lock (an atomic upsert on the job's name) runs the job; the others skip that tick.
 * Works on a replica set (majority write concern) and on the embedded server alike. A job that forgets
 * {@code @SchedulerLock} would run on every instance: {@code ScheduledJobsAreLockedTest} fails the build.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "${saldo.scheduling.default-lock-at-most-for:PT10M}")
class SchedulingConfiguration {

    static final String LOCK_COLLECTION = "shedLock";

    @Bean
    LockProvider lockProvider(MongoDatabaseFactory mongo) {
        return new MongoLockProvider(mongo.getMongoDatabase().getCollection(LOCK_COLLECTION));
    }
}
