package dev.voicecampaign.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Maven users get: the BOM pins every library module at the project's version and nothing else,
 * and each library jar names its automatic module, a valid name of its own that prefixes its packages.
 */
class PublishingShapeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A class of each library module, to find its jar when the tests run against jars. */
    private static final Map<String, Class<?>> LIBRARIES = Map.of(
            "core", dev.voicecampaign.core.campaign.Campaign.class,
            "testkit", dev.voicecampaign.testkit.DraftGenerator.class,
            "rules", dev.voicecampaign.rules.CampaignRules.class,
            "adapters-json", dev.voicecampaign.json.DraftReader.class,
            "adapters-jdbc", dev.voicecampaign.jdbc.CampaignDatabase.class,
            "adapters-http", dev.voicecampaign.http.api.CampaignApi.class,
            "spring-boot-starter", dev.voicecampaign.spring.VoiceCampaignAutoConfiguration.class);

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    private static String first(String xml, String regex) {
        Matcher m = Pattern.compile(regex).matcher(xml);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void theBomPinsEveryLibraryAtTheProjectVersionAndNothingElse() throws IOException {
        String parent = read(ROOT.resolve("pom.xml"));
        String bom = read(ROOT.resolve("bom/pom.xml"));
        assertThat(bom).doesNotContain("<parent>");
        assertThat(first(bom, "<artifactId>voicecampaign-bom</artifactId>\\s*<version>([^<]+)</version>"))
                .isEqualTo(first(parent, "<artifactId>voicecampaign-parent</artifactId>\\s*<version>([^<]+)</version>"));
        List<String> pinned = new ArrayList<>();
        Matcher m = Pattern.compile("<artifactId>(voicecampaign-[a-z-]+)</artifactId>\\s*<version>\\$\\{project.version}</version>").matcher(bom);
        while (m.find()) pinned.add(m.group(1));
        List<String> libraries = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([a-z-]+)</module>").matcher(parent);
        while (module.find()) {
            String pom = read(ROOT.resolve(module.group(1)).resolve("pom.xml"));
            boolean library = !module.group(1).equals("bom") && !pom.contains("<maven.javadoc.skip>true</maven.javadoc.skip>");
            if (library) libraries.add(first(pom, "</parent>\\s*<artifactId>([^<]+)</artifactId>"));
        }
        assertThat(pinned).containsExactlyInAnyOrderElementsOf(libraries);
        assertThat(libraries).hasSize(LIBRARIES.size());
    }

    /**
     * The README's Spring Boot setup is the example application's: every artifact it names (Boot's parent, this
     * project's BOM, the starter) is in {@code examples/spring-boot/pom.xml} at the same version, and the BOM's
     * version is the project's. The example itself is built and tested by {@code ./dev test}.
     */
    @Test
    void theReadmesSpringBootSetupIsTheExampleApplications() throws IOException {
        String readme = read(ROOT.resolve("README.md"));
        String snippet = first(readme, "(?s)### Spring Boot.*?```xml\\n(.*?)```");
        String example = read(ROOT.resolve("examples/spring-boot/pom.xml"));
        example = example.replace("${voicecampaign.version}", first(example, "<voicecampaign.version>([^<]+)</voicecampaign.version>"));
        Pattern coordinates = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>(\\s*<version>[^<]+</version>)?");
        Matcher named = coordinates.matcher(snippet);
        List<String> found = new ArrayList<>();
        while (named.find()) {
            found.add(named.group(2));
            assertThat(example).as("%s in the example's pom", named.group()).containsIgnoringWhitespaces(named.group());
        }
        assertThat(found).contains("spring-boot-starter-parent", "voicecampaign-bom", "voicecampaign-spring-boot-starter");
        assertThat(first(snippet, "<artifactId>voicecampaign-bom</artifactId>\\s*<version>([^<]+)</version>"))
                .isEqualTo(first(read(ROOT.resolve("pom.xml")), "<artifactId>voicecampaign-parent</artifactId>\\s*<version>([^<]+)</version>"));
    }

    @Test
    void eachLibraryNamesItsAutomaticModule() throws Exception {
        Map<String, String> names = new TreeMap<>();
        for (var library : LIBRARIES.entrySet()) {
            String name = first(read(ROOT.resolve(library.getKey()).resolve("pom.xml")), "<automatic.module.name>([^<]+)</automatic.module.name>");
            ModuleDescriptor.newAutomaticModule(name);   // throws on a name that is not a valid module name
            assertThat(library.getValue().getPackageName()).as(library.getKey()).startsWith(name);
            assertThat(names.put(name, library.getKey())).as("%s used twice", name).isNull();
            Path location = Path.of(library.getValue().getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as("%s", location).isEqualTo(name);
                }
            }
        }
    }
}
