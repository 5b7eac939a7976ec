package be.ptrpas.platform;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.cache.TenantSnapshots;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the platform, the SPI and the plug-ins (docs/architecture.md, "Package rules"). Each rule reads
 * the compiled main classes (never tests); a rule that fails names every offending dependency.
 */
class ArchitectureTest {

    private static final ImportOption MAIN_ONLY = new ImportOption.DoNotIncludeTests();

    private static final JavaClasses PLATFORM =
            new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("be.ptrpas.platform");

    /** The SPI jar and every plug-in jar on platform-core's class path (all reference plug-ins are). */
    private static final JavaClasses SPI_AND_PLUGINS = new ClassFileImporter()
            .withImportOption(MAIN_ONLY)
            .withImportOption(location -> !location.contains("/testkit/") && !location.contains("ptr-spi-testkit"))
            .importPackages("be.ptrpas.spi", "be.ptrpas.plugins");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("be.ptrpas.platform.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(PLATFORM);
    }

    @Test
    void subFeaturesOfEnforcementHaveNoCycles() {
        slices().matching("be.ptrpas.platform.enforcement.(*)..")
                .namingSlices("enforcement.$1")
                .should()
                .beFreeOfCycles()
                .check(PLATFORM);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("be.ptrpas.platform.common..")
                .should()
                .dependOnClassesThat(resideInAPackage("be.ptrpas.platform..")
                        .and(not(resideInAPackage("be.ptrpas.platform.common.."))))
                .check(PLATFORM);
    }

    /**
     * The document generator is pure: plain input records in, PDF bytes out. It uses only {@code common}, the SPI's
     * Belgian identifiers, the JDK, PDFBox (with FontBox) and ZXing, and CDI's scope annotation; so no entity, no other
     * feature and no database can creep in, and any feature may use it.
     */
    @Test
    void documentsDependOnCommonTheBelgianIdentifiersAndTheirLibrariesOnly() {
        classes()
                .that()
                .resideInAPackage("be.ptrpas.platform.document..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "be.ptrpas.platform.document..",
                        "be.ptrpas.platform.common.problem..",
                        "be.ptrpas.spi.belgian..",
                        "be.ptrpas.pdf..",
                        "java..",
                        "javax.imageio..",
                        "org.apache.pdfbox..",
                        "org.apache.fontbox..",
                        "com.google.zxing..",
                        "jakarta.enterprise.context..")
                .check(PLATFORM);
    }

    /**
     * The PDF support that the documents and the letter plug-in share sees neither of them: the JDK, PDFBox (with
     * FontBox) and ZXing only, so that a plug-in may bundle it.
     */
    @Test
    void pdfSupportDependsOnTheJdkPdfBoxAndZxingOnly() {
        classes()
                .that()
                .resideInAPackage("be.ptrpas.pdf..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "be.ptrpas.pdf..",
                        "java..",
                        "org.apache.pdfbox..",
                        "org.apache.fontbox..",
                        "com.google.zxing..")
                .check(new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("be.ptrpas.pdf"));
    }

    @Test
    void spiDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("be.ptrpas.spi..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("be.ptrpas.spi..", "java..", "javax..")
                .check(SPI_AND_PLUGINS);
    }

    /**
     * What a plug-in may use: the SPI, the JDK (with its XML APIs), the Jakarta APIs Payara provides (mail, JSON), the
     * shared plug-in support, its own package, and the libraries it bundles in its own jar (PDFBox, ZXing and the PDF
     * support shared with the documents for letters, libphonenumber for phone numbers). Never the platform, never another plug-in.
     */
    static final List<String> PLUGIN_MAY_USE = List.of(
            "be.ptrpas.spi..",
            "be.ptrpas.plugins.support..",
            "be.ptrpas.pdf..",
            "java..",
            "javax.crypto..",
            "javax.net..",
            "javax.xml..",
            "org.w3c.dom..",
            "org.xml.sax..",
            "jakarta.mail..",
            "jakarta.json..",
            "org.apache.pdfbox..",
            "com.google.zxing..",
            "com.google.i18n.phonenumbers..");

    @Test
    void pluginsDependOnTheSpiTheJdkAndTheirOwnSupportOnly() {
        classes()
                .that()
                .resideInAPackage("be.ptrpas.plugins..")
                .should(dependOnlyOnAllowedOrOwnPackage())
                .check(SPI_AND_PLUGINS);
    }

    /** A plug-in's own package: the first two names below {@code be.ptrpas.plugins} (e.g. channel.email). */
    private static String pluginRoot(String packageName) {
        String[] names = packageName.split("\\.");
        return names.length < 5 ? packageName : String.join(".", List.of(names).subList(0, 5));
    }

    private static ArchCondition<JavaClass> dependOnlyOnAllowedOrOwnPackage() {
        DescribedPredicate<JavaClass> allowed = resideInAnyPackage(PLUGIN_MAY_USE.toArray(String[]::new));
        return new ArchCondition<>("depend only on " + PLUGIN_MAY_USE + " and their own package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = pluginRoot(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isPrimitive()
                            || target.isArray() && target.getBaseComponentType().isPrimitive()) {
                        continue;
                    }
                    JavaClass base = target.isArray() ? target.getBaseComponentType() : target;
                    boolean ownPackage = base.getPackageName().equals(own)
                            || base.getPackageName().startsWith(own + ".");
                    if (!ownPackage && !allowed.test(base)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * Raw JDBC (connections, statements, result sets, data sources) only in these classes; everything else reaches the
     * data through {@code TenantEntityManager}, where EclipseLink adds the tenant to every query. Each query of these
     * classes names its tenant itself, or touches only platform-wide tables; docs/architecture.md lists the test that
     * proves each one.
     */
    static final List<String> RAW_JDBC_ALLOWED = List.of(
            // the data source, migrations, role grants, database facts: no tenant data
            "be.ptrpas.platform.persistence.PlatformDataSource",
            "be.ptrpas.platform.persistence.DatabaseInfo",
            "be.ptrpas.platform.persistence.DatabaseMigration",
            "be.ptrpas.platform.persistence.RuntimeRoleGrants",
            // the batched writer of the read audit and the check log: binds each batch's municipality, then inserts
            "be.ptrpas.platform.persistence.TenantBatches",
            // the background sweep's one question across municipalities: which have work (NIS codes, no rows)
            "be.ptrpas.platform.persistence.TenantsWithWork",
            // binds the tenant to the transaction's connection; the tenant table's change stamps
            "be.ptrpas.platform.tenancy.TenantEntityManager",
            "be.ptrpas.platform.tenancy.ChangeStamps",
            // the audit trail and the read audit, written in batches
            "be.ptrpas.platform.audit.AuditLog",
            "be.ptrpas.platform.audit.AuditRows",
            "be.ptrpas.platform.audit.ReadJournal",
            // scan-car batches and their settlement
            "be.ptrpas.platform.enforcement.ScanBatchCallbackHandler",
            "be.ptrpas.platform.enforcement.ScanObservationRows",
            // a processing chunk's retributions, written together
            "be.ptrpas.platform.enforcement.charge.RetributionRows",
            // the plate check's look-up and its log
            "be.ptrpas.platform.enforcement.check.RightLookup",
            "be.ptrpas.platform.enforcement.check.PlateCheckLog",
            // batches of rights
            "be.ptrpas.platform.enforcement.rights.RightBatchService",
            "be.ptrpas.platform.enforcement.rights.RightRows",
            // bank statement entries, written per chunk of a thousand
            "be.ptrpas.platform.banking.BankStatementService",
            "be.ptrpas.platform.banking.BankEntryRows",
            // the platform-wide disabled-person card register (no tenant column by design)
            "be.ptrpas.platform.enforcement.card.DisabledCardRights",
            // binds the citizen's cross-municipality pass read to one holder key (row-level security on PostgreSQL)
            "be.ptrpas.platform.pass.PassReader",
            // the live pass: pg_notify of (holder key, item id) in the change's transaction, and each instance's
            // LISTEN connection; no rows are read or written
            "be.ptrpas.platform.pass.live.LiveChangePublisher",
            "be.ptrpas.platform.pass.live.LiveChangeListener",
            // binds the citizen's access-log read to their holder key (row-level security on PostgreSQL)
            "be.ptrpas.platform.audit.SubjectReadLog",
            // binds the transaction to a citizen (ptr.citizen_key) for the platform-wide preference tables
            "be.ptrpas.platform.preference.CitizenScope");

    @Test
    void rawJdbcOnlyInTheAllowList() {
        DescribedPredicate<JavaClass> allowListed = DescribedPredicate.describe(
                "on the raw-JDBC allow-list",
                c -> RAW_JDBC_ALLOWED.contains(c.getName())
                        || RAW_JDBC_ALLOWED.stream()
                                .anyMatch(name -> c.getName().startsWith(name + "$")));
        noClasses()
                .that(not(allowListed))
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.Connection")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.Statement")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.CallableStatement")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.ResultSet")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.DriverManager")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javax.sql.DataSource")
                .check(PLATFORM);
    }

    @Test
    void everyAllowListedClassExists() {
        assertThat(RAW_JDBC_ALLOWED).allMatch(PLATFORM::contain, "a class of platform-core");
    }

    /**
     * The per-municipality copies are dropped in one place only: the change stamps, called by the entity listener of
     * the copied entities (see CachedCopiesIT; {@code ChangeStamps.changed()} is package-private to tenancy). A service
     * that dropped copies itself would be a second mechanism that the next change method could forget.
     */
    @Test
    void copiesAreDroppedOnlyThroughTheChangeStamps() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("be.ptrpas.platform.tenancy.ChangeStamps")
                .should()
                .callMethod(TenantSnapshots.class, "forget", String.class)
                .check(PLATFORM);
    }
}
