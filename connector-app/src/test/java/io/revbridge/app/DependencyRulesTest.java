package io.revbridge.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency directions of DESIGN.md, checked on the compiled classes of every module. */
class DependencyRulesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.revbridge");
  }

  @Test
  void coreNeverNamesAnAdapterOrTheApp() {
    noClasses().that().resideInAnyPackage("io.revbridge.model..", "io.revbridge.spi..", "io.revbridge.sync..",
            "io.revbridge.store..", "io.revbridge.mapping..", "io.revbridge.scoring..", "io.revbridge.config..",
            "io.revbridge.playbook..", "io.revbridge.forecast..")
        .should().dependOnClassesThat().resideInAnyPackage("io.revbridge.hubspot..", "io.revbridge.salesforce..",
            "io.revbridge.sandbox..", "io.revbridge.app..")
        .check(classes);
  }

  @Test
  void adaptersUseOnlyTheSpiAndModelOfTheCore() {
    noClasses().that().resideInAnyPackage("io.revbridge.hubspot..", "io.revbridge.salesforce..")
        .should().dependOnClassesThat().resideInAnyPackage("io.revbridge.sync..", "io.revbridge.store..",
            "io.revbridge.mapping..", "io.revbridge.scoring..", "io.revbridge.config..", "io.revbridge.app..")
        .check(classes);
  }

  @Test
  void adaptersNeverImportEachOther() {
    noClasses().that().resideInAPackage("io.revbridge.hubspot..")
        .should().dependOnClassesThat().resideInAPackage("io.revbridge.salesforce..").check(classes);
    noClasses().that().resideInAPackage("io.revbridge.salesforce..")
        .should().dependOnClassesThat().resideInAPackage("io.revbridge.hubspot..").check(classes);
  }

  @Test
  void sandboxSharesNoCodeWithTheConnector() {
    noClasses().that().resideInAPackage("io.revbridge.sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage("io.revbridge.model..", "io.revbridge.spi..",
            "io.revbridge.sync..", "io.revbridge.store..", "io.revbridge.mapping..", "io.revbridge.scoring..",
            "io.revbridge.config..", "io.revbridge.hubspot..", "io.revbridge.salesforce..", "io.revbridge.app..")
        .check(classes);
  }
}
