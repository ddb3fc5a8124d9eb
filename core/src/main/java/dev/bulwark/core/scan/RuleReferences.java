package dev.bulwark.core.scan;

import dev.bulwark.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How a suppression directive may name a rule: by its id or name, or, in a peer scanner's directive, by the peer's
 * check id that the rule lists as an equivalent (one peer check may map to several rules). A Trivy check is also
 * named by its AVD id without {@code AVD-} and by its long ids, current and former (tfsec's among them), which
 * {@value #TRIVY_NAMES} lists for the checks Bulwark's rules map to.
 */
final class RuleReferences {
  static final String TRIVY_NAMES = "trivy-check-names.tsv";
  private static final Map<String, List<String>> TRIVY_LONG_IDS = trivyNames();

  /** A peer scanner whose directives are honoured. */
  enum Peer { CHECKOV, KICS, TRIVY, CFN_NAG }

  private final Map<String, String> own = new HashMap<>();
  private final Map<Peer, Map<String, Set<String>>> peers = new EnumMap<>(Peer.class);

  private RuleReferences(List<RuleMetadata> rules) {
    for (RuleMetadata rule : rules) {
      own.put(rule.id().toUpperCase(Locale.ROOT), rule.id());
      own.put(rule.name().toUpperCase(Locale.ROOT), rule.id());
      index(Peer.CHECKOV, rule, RuleMetadata::checkov);
      index(Peer.CFN_NAG, rule, RuleMetadata::cfnNag);
      index(Peer.KICS, rule, RuleMetadata::kics);
      index(Peer.TRIVY, rule, metadata -> metadata.trivy().stream()
          .flatMap(id -> Stream.concat(Stream.of(id, id.replaceFirst("^AVD-", "")),
              TRIVY_LONG_IDS.getOrDefault(id, List.of()).stream()))
          .toList());
    }
  }

  /** AVD id to long ids, read once from {@value #TRIVY_NAMES}: {@code AVD-AWS-0089<tab>aws-s3-enable-logging ...}. */
  private static Map<String, List<String>> trivyNames() {
    Map<String, List<String>> names = new HashMap<>();
    try (InputStream in = RuleReferences.class.getResourceAsStream(TRIVY_NAMES)) {
      new String(Objects.requireNonNull(in, TRIVY_NAMES).readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\\s+"))
          .forEach(fields -> names.put(fields[0], List.of(fields).subList(1, fields.length)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TRIVY_NAMES, e);
    }
    return names;
  }

  /** The references to every rule in {@code rules} (all known rules, not only those that run). */
  static RuleReferences of(List<RuleMetadata> rules) {
    return new RuleReferences(rules);
  }

  private void index(Peer peer, RuleMetadata rule, Function<RuleMetadata, List<String>> ids) {
    for (String id : ids.apply(rule)) {
      peers.computeIfAbsent(peer, key -> new HashMap<>())
          .computeIfAbsent(id.toUpperCase(Locale.ROOT), key -> new TreeSet<>()).add(rule.id());
    }
  }

  /** The id of the rule {@code token} names by id or name, ignoring case. */
  Optional<String> own(String token) {
    return Optional.ofNullable(own.get(token.toUpperCase(Locale.ROOT)));
  }

  /** The rules that list {@code peer}'s check {@code id} as an equivalent. */
  Set<String> peer(Peer peer, String id) {
    return peers.getOrDefault(peer, Map.of()).getOrDefault(id.toUpperCase(Locale.ROOT), Set.of());
  }
}
