package org.tradekit.trace.epcis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * EPCIS and GS1 code speak the standards and nothing else: no database, no UI, no knowledge of how
 * Trade Kit stores its lots and events (the trace package adapts to them, not the other way round).
 */
class EpcisIndependenceTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tradekit.trace.epcis", "org.tradekit.gs1");

    @Test
    void dependOnlyOnStandardsCodeAndLibraries() {
        classes().that().resideInAnyPackage("org.tradekit.trace.epcis..", "org.tradekit.gs1..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.tradekit.trace.epcis..", "org.tradekit.gs1..",
                        "org.tradekit.i18n..", "org.tradekit.work..", "java..", "com.fasterxml.jackson..",
                        "com.networknt.schema..")
                .check(CLASSES);
    }
}
