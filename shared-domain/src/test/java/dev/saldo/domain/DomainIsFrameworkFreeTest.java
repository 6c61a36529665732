package dev.saldo.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

// The same domain code runs on the phone, where none of these frameworks exist.
@AnalyzeClasses(packages = "dev.saldo.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule domain_depends_on_no_framework = noClasses()
            .that().resideInAPackage("dev.saldo.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.bson..", "com.mongodb..", "com.vaadin..", "javafx..",
                    "jakarta.persistence..", "com.fasterxml..", "tools.jackson..")
            // A rule over no classes would pass vacuously if the import found nothing.
            .allowEmptyShould(false);
}
