package dev.bulwark.terraform.models;

import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The named rules of {@code terraform-aws-modules/security-group/aws} ({@code ssh-tcp}, {@code all-all}, ...): their
 * protocol and ports, read from {@code security-group-module-rules.tsv} beside this class.
 */
final class NamedRules {
  /** A named rule. */
  record Rule(Protocol protocol, PortRange ports) {}

  private static final Map<String, Rule> RULES = read();

  private NamedRules() {}

  static Optional<Rule> get(String name) {
    return Optional.ofNullable(RULES.get(name));
  }

  private static Map<String, Rule> read() {
    Map<String, Rule> rules = new HashMap<>();
    try (InputStream in = NamedRules.class.getResourceAsStream("security-group-module-rules.tsv")) {
      if (in == null) {
        throw new IllegalStateException("security-group-module-rules.tsv is missing beside NamedRules");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        Protocol protocol = Protocol.parse(fields[3]);
        int from = Integer.parseInt(fields[1]);
        int to = Integer.parseInt(fields[2]);
        PortRange ports = protocol == Protocol.ALL || from < 0 ? PortRange.ALL : new PortRange(from, to);
        rules.put(fields[0], new Rule(protocol, ports));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(rules);
  }
}
