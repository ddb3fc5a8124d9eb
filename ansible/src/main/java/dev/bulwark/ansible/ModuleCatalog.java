package dev.bulwark.ansible;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which module a task calls, whatever spelling it uses: a fully qualified name, a short name, or a legacy alias
 * that Ansible redirects ({@code ec2_group} to {@code amazon.aws.ec2_security_group}, {@code aws_s3} to
 * {@code amazon.aws.s3_object}). The names come from {@code modules.txt}.
 */
final class ModuleCatalog {
  private static final String BUILTIN = "ansible.builtin";
  private static final List<String> BUILTIN_PREFIXES = List.of("ansible.builtin.", "ansible.legacy.");
  private static final int MAX_REDIRECTS = 8;
  private static final ModuleCatalog INSTANCE = load();

  private final Map<String, String> collectionOfShortName;
  private final Set<String> cloudCollections;
  private final Map<String, String> redirects;

  private ModuleCatalog(Map<String, String> collectionOfShortName, Set<String> cloudCollections,
      Map<String, String> redirects) {
    this.collectionOfShortName = Map.copyOf(collectionOfShortName);
    this.cloudCollections = Set.copyOf(cloudCollections);
    this.redirects = Map.copyOf(redirects);
  }

  static ModuleCatalog get() {
    return INSTANCE;
  }

  /** The fully qualified name {@code written} stands for, after redirects; empty if it is not a known module. */
  Optional<String> resolve(String written) {
    String name = written;
    for (String prefix : BUILTIN_PREFIXES) {
      if (name.startsWith(prefix) && name.indexOf('.', prefix.length()) < 0) {
        name = name.substring(prefix.length());
      }
    }
    Optional<String> qualified = isQualified(name) ? Optional.of(name) : qualify(name);
    return qualified.map(this::follow);
  }

  /** The fully qualified name of a cloud module {@code written} calls, if it calls one. */
  Optional<String> cloudModule(String written) {
    return resolve(written).filter(name -> cloudCollections.contains(collection(name)));
  }

  /** The name of a built-in action ({@code include_tasks}, {@code set_fact}, ...), if {@code written} is one. */
  Optional<String> builtin(String written) {
    return resolve(written).filter(name -> collection(name).equals(BUILTIN))
        .map(name -> name.substring(BUILTIN.length() + 1));
  }

  /** The collection part of a fully qualified name. */
  static String collection(String qualified) {
    int last = qualified.lastIndexOf('.');
    return last < 0 ? "" : qualified.substring(0, last);
  }

  private static boolean isQualified(String name) {
    return name.chars().filter(c -> c == '.').count() >= 2;
  }

  private Optional<String> qualify(String shortName) {
    String collection = collectionOfShortName.get(shortName);
    if (collection != null) {
      return Optional.of(collection + "." + shortName);
    }
    if (shortName.startsWith("azure_rm_")) {
      return Optional.of("azure.azcollection." + shortName);
    }
    if (shortName.startsWith("gcp_")) {
      return Optional.of("google.cloud." + shortName);
    }
    return Optional.empty();
  }

  private String follow(String qualified) {
    String name = qualified;
    for (int i = 0; i < MAX_REDIRECTS && redirects.containsKey(name); i++) {
      name = redirects.get(name);
    }
    return name;
  }

  private static ModuleCatalog load() {
    Map<String, String> shortNames = new HashMap<>();
    Set<String> cloud = new HashSet<>();
    Map<String, String> redirects = new HashMap<>();
    try (InputStream in = ModuleCatalog.class.getResourceAsStream("modules.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String collection = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] words = line.strip().split("\\s+");
        if (words[0].isEmpty() || words[0].startsWith("#")) {
          continue;
        }
        if (words[0].equals("collection")) {
          collection = words[1];
          if (words.length > 2 && words[2].equals("cloud")) {
            cloud.add(collection);
          }
        } else if (words[0].equals("redirect")) {
          redirects.put(words[1], words[2]);
        } else {
          for (String module : words) {
            shortNames.putIfAbsent(module, collection);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ModuleCatalog(shortNames, cloud, redirects);
  }
}
