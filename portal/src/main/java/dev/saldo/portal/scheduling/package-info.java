/**
 * Scheduled jobs that run once across all portal instances. Convention for every capability: a
 * {@code @Scheduled} method is also annotated {@code @SchedulerLock(name = "<capability>-<job>",
 * lockAtMostFor = "<longer than a run>", lockAtLeastFor = "<shorter than the interval, longer than clock
 * skew>")}; the lock lives in MongoDB's {@code shedLock} collection (ShedLock's Mongo provider).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package dev.saldo.portal.scheduling;
