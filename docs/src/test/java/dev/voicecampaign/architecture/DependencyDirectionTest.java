package dev.voicecampaign.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's dependency direction, {@code core <- rules <- adapters-* <- docs} (the JDBC adapter
 * needs core only), one rule per forbidden direction. Lives in the top module because only its class path sees every module.
 */
class DependencyDirectionTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.voicecampaign");
    }

    @Test
    void everyModuleWasImported() {
        for (String pkg : new String[] {"core", "rules", "json", "jdbc", "http", "spring"}) {
            org.assertj.core.api.Assertions.assertThat(production.stream()
                    .anyMatch(c -> c.getPackageName().startsWith("dev.voicecampaign." + pkg)))
                    .as("classes of dev.voicecampaign.%s on the class path", pkg).isTrue();
        }
    }

    @Test
    void onlyTheStarterKnowsSpring() {
        noClasses().that().resideOutsideOfPackage("dev.voicecampaign.spring..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(production);
    }

    @Test
    void theStarterWiresTheLibraryAndNeverTheReferenceServer() {
        noClasses().that().resideInAPackage("dev.voicecampaign.spring..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.voicecampaign.http..", "dev.voicecampaign.testkit..",
                        "dev.voicecampaign.docs..")
                .check(production);
    }

    @Test
    void coreDependsOnlyOnTheJdkAndVavr() {
        classes().that().resideInAPackage("dev.voicecampaign.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.voicecampaign.core..")
                .check(production);
    }

    @Test
    void rulesDependOnlyOnCoreVavrAndBeanValidationInItsBridge() {
        classes().that().resideInAPackage("dev.voicecampaign.rules..")
                .and().resideOutsideOfPackages("dev.voicecampaign.rules.beanvalidation..", "dev.voicecampaign.rules.decision..",
                        "dev.voicecampaign.rules.compliance..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..",
                        "dev.voicecampaign.core..", "dev.voicecampaign.rules..")
                .check(production);
    }

    @Test
    void compliancePacksAddOnlyJollydayForPublicHolidays() {
        classes().that().resideInAPackage("dev.voicecampaign.rules.compliance..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..",
                        "dev.voicecampaign.core..", "dev.voicecampaign.rules..", "de.focus_shift.jollyday..")
                .check(production);
    }

    @Test
    void callDecisionsAddOnlyLibphonenumber() {
        classes().that().resideInAPackage("dev.voicecampaign.rules.decision..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..",
                        "dev.voicecampaign.core..", "dev.voicecampaign.rules..", "com.google.i18n.phonenumbers..")
                .check(production);
    }

    @Test
    void noCoreOrRulesClassTouchesAnAdapterLibrary() {
        noClasses().that().resideInAnyPackage("dev.voicecampaign.core..", "dev.voicecampaign.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..",
                        "org.eclipse.jetty..", "com.nimbusds..", "org.instancio..")
                .check(production);
    }

    /** Hibernate Validator only in the bridge, and there only its context, to attach each rule violation as payload. */
    @Test
    void onlyTheBridgeKnowsHibernateValidatorAndOnlyItsConstraintContext() {
        noClasses().that().resideInAnyPackage("dev.voicecampaign.core..", "dev.voicecampaign.rules..")
                .and().resideOutsideOfPackage("dev.voicecampaign.rules.beanvalidation..")
                .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .check(production);
        classes().that().resideInAPackage("dev.voicecampaign.rules.beanvalidation..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "jakarta.validation..",
                        "dev.voicecampaign.core..", "dev.voicecampaign.rules..", "org.hibernate.validator.constraintvalidation..")
                .check(production);
    }

    @Test
    void coreAndRulesNeverTouchSqlMigrationsOrTheJdbcAdapter() {
        noClasses().that().resideInAnyPackage("dev.voicecampaign.core..", "dev.voicecampaign.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.zaxxer.hikari..", "org.h2..", "org.postgresql..", "dev.voicecampaign.jdbc..")
                .check(production);
    }

    @Test
    void theJdbcAdapterMapsOnlyAndKnowsNoOtherAdapterNorTheRules() {
        noClasses().that().resideInAPackage("dev.voicecampaign.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.voicecampaign.http..", "dev.voicecampaign.json..",
                        "dev.voicecampaign.rules..", "org.eclipse.jetty..", "com.nimbusds..")
                .check(production);
    }

    @Test
    void theJsonAdapterKnowsNothingOfHttpTokensOrStorage() {
        noClasses().that().resideInAPackage("dev.voicecampaign.json..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.voicecampaign.http..", "dev.voicecampaign.jdbc..",
                        "org.eclipse.jetty..", "com.nimbusds..", "java.sql..", "javax.sql..")
                .check(production);
    }

    /** The HTTP server is one replaceable part: routes, use cases and adapters see only the project's own exchange types. */
    @Test
    void onlyTheServerPackageKnowsJetty() {
        noClasses().that().resideOutsideOfPackage("dev.voicecampaign.http.server..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..")
                .check(production);
    }

    @Test
    void productionCodeNeverDependsOnTestkitOrDocs() {
        noClasses().that().resideInAnyPackage("dev.voicecampaign.core..", "dev.voicecampaign.rules..",
                        "dev.voicecampaign.json..", "dev.voicecampaign.jdbc..", "dev.voicecampaign.http..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.voicecampaign.testkit..", "dev.voicecampaign.docs..")
                .check(production);
    }

    @Test
    void adaptersDriveTheUseCasesThroughTheirPortsOnly() {
        noClasses().that().resideInAnyPackage("dev.voicecampaign.json..", "dev.voicecampaign.jdbc..", "dev.voicecampaign.http..")
                .and().doNotHaveSimpleName("ServerState")
                .should().dependOnClassesThat().haveSimpleName("CampaignService")
                .orShould().dependOnClassesThat().haveSimpleName("ContactListService")
                .because("an adapter calls a use case through its driving port (CreateCampaign, ReadCampaigns, ...); "
                        + "only the composition root (ServerState) builds the service")
                .check(production);
    }
}
