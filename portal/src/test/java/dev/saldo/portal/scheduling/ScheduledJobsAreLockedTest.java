package dev.saldo.portal.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** With several instances, a scheduled job without a lock runs once per instance: every job must take one. */
class ScheduledJobsAreLockedTest {

    @Test
    void every_scheduled_job_takes_a_scheduler_lock() {
        var portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.saldo.portal");
        methods().that().areAnnotatedWith(Scheduled.class)
                .should().beAnnotatedWith(SchedulerLock.class)
                .because("a job without @SchedulerLock runs on every portal instance")
                .allowEmptyShould(true)
                .check(portal);
    }

    @Test
    void the_rule_catches_a_job_without_a_lock() {
        var test = new ClassFileImporter().importClasses(TickJobs.class);
        var violations = methods().that().areAnnotatedWith(Scheduled.class)
                .should().beAnnotatedWith(SchedulerLock.class).evaluate(test);
        org.assertj.core.api.Assertions.assertThat(violations.getFailureReport().getDetails())
                .singleElement().asString().contains("controlTick");
    }
}
