package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the public API: the public types of every Bulwark module on this classpath must be exactly those listed in
 * {@code public-api.txt} (a deliberate change updates the list), and each public top-level type has Javadoc.
 * Classes ANTLR generates for the HCL grammar are public by construction and not listed.
 */
class PublicApiTest {
  private static final String GENERATED = "dev.bulwark.terraform.hcl.grammar.";

  /** The class folders or jars of Bulwark's modules on the test classpath (a reactor build uses either). */
  private static List<Path> moduleClasses() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(path -> path.endsWith(Path.of("target", "classes")) && Files.isDirectory(path.resolve("dev/bulwark"))
            || path.getFileName().toString().matches("bulwark-[a-z-]+-[^/]*\\.jar"))
        .toList();
  }

  private static List<String> classNames(Path classes) throws IOException {
    if (Files.isDirectory(classes)) {
      try (Stream<Path> files = Files.walk(classes)) {
        return files.map(file -> classes.relativize(file).toString().replace(File.separatorChar, '/')).toList();
      }
    }
    try (JarFile jar = new JarFile(classes.toFile())) {
      return jar.stream().map(JarEntry::getName).toList();
    }
  }

  private static TreeSet<String> publicTypes() throws IOException {
    TreeSet<String> types = new TreeSet<>();
    for (Path classes : moduleClasses()) {
      for (String entry : classNames(classes)) {
        if (!entry.startsWith("dev/bulwark/") || !entry.endsWith(".class")) {
          continue;
        }
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        if (!name.startsWith(GENERATED) && !name.endsWith("package-info") && isPublicApi(load(name))) {
          types.add(name);
        }
      }
    }
    return types;
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> current = type; current != null; current = current.getDeclaringClass()) {
      if (!Modifier.isPublic(current.getModifiers()) || current.isAnonymousClass() || current.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void publicTypesAreExactlyTheListedApi() throws IOException {
    List<String> listed = Files.readAllLines(
        Path.of(Objects.requireNonNull(getClass().getResource("/public-api.txt")).getPath()), StandardCharsets.UTF_8)
        .stream().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    assertThat(moduleClasses()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(publicTypes()).containsExactlyElementsOf(new TreeSet<>(listed));
  }

  @Test
  void everyPublicTopLevelTypeHasJavadoc() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (String type : publicTypes()) {
      if (type.contains("$")) {
        continue;
      }
      Optional<Path> source = source(type);
      assertThat(source).as("source of %s", type).isPresent();
      String simpleName = type.substring(type.lastIndexOf('.') + 1);
      Pattern documented = Pattern.compile("\\*/\\s*(@[\\w.]+(\\([^)]*\\))?\\s*)*public\\s+(final\\s+|abstract\\s+|sealed\\s+)*"
          + "(class|interface|record|enum|@interface)\\s+" + simpleName + "\\b", Pattern.DOTALL);
      if (!documented.matcher(Files.readString(source.get())).find()) {
        undocumented.add(type);
      }
    }
    assertThat(undocumented).as("public types without Javadoc").isEmpty();
  }

  private static Optional<Path> source(String type) throws IOException {
    String relative = "src/main/java/" + type.replace('.', '/') + ".java";
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      return modules.map(module -> module.resolve(relative)).filter(Files::isRegularFile).findFirst();
    }
  }
}
