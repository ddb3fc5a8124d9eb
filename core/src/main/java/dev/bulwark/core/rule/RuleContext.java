package dev.bulwark.core.rule;

import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import java.util.List;

/** What a rule sees of one scan, and where it reports. One context per rule run; not shared between threads. */
public interface RuleContext {
  /** The resource graph of the scan. */
  ResourceGraph graph();

  /** The models that are instances of {@code type} (a model record or a capability such as {@code EncryptedAtRest}). */
  <T> List<T> models(Class<T> type);

  /** All models. */
  List<CloudModel> models();

  /** Reports a violation of the running rule. */
  void report(Violation violation);
}
