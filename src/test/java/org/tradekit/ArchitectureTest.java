package org.tradekit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules docs/architecture.md states, checked on the main classes:
 * only {@code ..ui..} and {@code org.tradekit.app} know JavaFX; the UI never uses JDBC;
 * domain and services know nothing of UI, CLI or launcher; packages form no cycles.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tradekit");
    }

    @Test
    void onlyUiAndAppKnowJavaFx() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.tradekit.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void uiNeverTouchesJdbc() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(classes);
    }

    @Test
    void domainAndServicesKnowNothingOfUiCliOrLauncher() {
        noClasses().that().resideInAnyPackage("org.tradekit.catalog", "org.tradekit.coop", "org.tradekit.settings",
                "org.tradekit.store..", "org.tradekit.gs1..", "org.tradekit.text..", "org.tradekit.i18n..",
                "org.tradekit.work..", "org.tradekit.trace", "org.tradekit.trace.member", "org.tradekit.trace.place",
                "org.tradekit.trace.lot", "org.tradekit.trace.event", "org.tradekit.trace.chain", "org.tradekit.trace.lineage",
                "org.tradekit.trace.recall", "org.tradekit.trace.demo")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "org.tradekit.cli..", "org.tradekit.app..")
                .check(classes);
    }

    /**
     * Every package is a slice, so a feature's ui package and the shell count separately (the
     * shell lists the features, the features use the shell's task runner). The launcher class
     * Main is left out: it sits on top of everything, choosing between the window and the CLI.
     */
    @Test
    void noPackageCycles() {
        slices().matching("org.tradekit.(**)").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.equivalentTo(org.tradekit.app.Main.class), DescribedPredicate.alwaysTrue())
                .check(classes);
    }
}
