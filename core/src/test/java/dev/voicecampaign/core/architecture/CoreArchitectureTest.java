package dev.voicecampaign.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core is the hexagon's centre: the JDK and Vavr only, and ports never depend on their adapters. */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.voicecampaign.core");

    @Test
    void coreDependsOnlyOnTheJdkAndVavr() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.voicecampaign.core..")
                .check(CORE);
    }

    @Test
    void portsAndTheDomainDoNotKnowTheirInMemoryAdapters() {
        noClasses().that().resideInAnyPackage("dev.voicecampaign.core.campaign..", "dev.voicecampaign.core.port..",
                        "dev.voicecampaign.core.usecase..", "dev.voicecampaign.core.lifecycle..", "dev.voicecampaign.core.hours..")
                .should().dependOnClassesThat().resideInAPackage("dev.voicecampaign.core.inmemory..")
                .check(CORE);
    }

    @Test
    void theDomainDoesNotKnowTheUseCases() {
        noClasses().that().resideInAnyPackage("dev.voicecampaign.core.campaign..", "dev.voicecampaign.core.hours..",
                        "dev.voicecampaign.core.lifecycle..", "dev.voicecampaign.core.port..")
                .should().dependOnClassesThat().resideInAPackage("dev.voicecampaign.core.usecase..")
                .check(CORE);
    }
}
