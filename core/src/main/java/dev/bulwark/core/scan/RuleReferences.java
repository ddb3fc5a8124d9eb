package dev.bulwark.core.scan;

import dev.bulwark.core.rule.RuleMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How a suppression directive may name a rule: by its id or name, or, in a peer scanner's directive, by the peer's
 * check id that the rule lists as an equivalent (one peer check may map to several rules).
 */
final class RuleReferences {
  /** A peer scanner whose directives are honoured. */
  enum Peer { CHECKOV, TRIVY }

  private final Map<String, String> own = new HashMap<>();
  private final Map<Peer, Map<String, Set<String>>> peers = Map.of(Peer.CHECKOV, new HashMap<>(),
      Peer.TRIVY, new HashMap<>());

  private RuleReferences(List<RuleMetadata> rules) {
    for (RuleMetadata rule : rules) {
      own.put(rule.id().toUpperCase(Locale.ROOT), rule.id());
      own.put(rule.name().toUpperCase(Locale.ROOT), rule.id());
      index(Peer.CHECKOV, rule, RuleMetadata::checkov);
      index(Peer.TRIVY, rule, RuleMetadata::trivy);
    }
  }

  /** The references to every rule in {@code rules} (all known rules, not only those that run). */
  static RuleReferences of(List<RuleMetadata> rules) {
    return new RuleReferences(rules);
  }

  private void index(Peer peer, RuleMetadata rule, Function<RuleMetadata, List<String>> ids) {
    for (String id : ids.apply(rule)) {
      peers.get(peer).computeIfAbsent(id.toUpperCase(Locale.ROOT), key -> new TreeSet<>()).add(rule.id());
    }
  }

  /** The id of the rule {@code token} names by id or name, ignoring case. */
  Optional<String> own(String token) {
    return Optional.ofNullable(own.get(token.toUpperCase(Locale.ROOT)));
  }

  /** The rules that list {@code peer}'s check {@code id} as an equivalent. */
  Set<String> peer(Peer peer, String id) {
    return peers.get(peer).getOrDefault(id.toUpperCase(Locale.ROOT), Set.of());
  }
}
