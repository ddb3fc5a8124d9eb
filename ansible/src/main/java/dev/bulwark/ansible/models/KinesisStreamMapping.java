package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code community.aws.kinesis_stream}: the module creates a stream unencrypted and starts encryption only with
 * {@code encryption_state: enabled} (with {@code encryption_type} {@code KMS}, the default, not {@code NONE});
 * {@code disabled} stops it. The key is the customer's when {@code key_id} names one other than an AWS managed
 * key's alias.
 */
final class KinesisStreamMapping implements ModuleMapping {
  private static final String STATE = "encryption_state";

  @Override
  public Set<String> modules() {
    return Set.of("community.aws.kinesis_stream");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    MapValue arguments = task.attributes();
    Optional<MapEntry> state = Args.entry(arguments, STATE);
    if (state.isEmpty()) {
      Fact off = Fact.byDefault(false, STATE, task.range());
      return List.of(new DataStore(task, "stream", off, off));
    }
    Fact enabled = Fact.of(state.get().value(), STATE, state.get().range(),
        value -> value.asString().map(text -> text.equalsIgnoreCase("enabled")));
    Fact encrypted = enabled.isTrue()
        ? Args.entry(arguments, "encryption_type")
            .map(type -> Fact.of(type.value(), "encryption_type", type.range(),
                value -> value.asString().map(text -> !text.equalsIgnoreCase("NONE"))))
            .orElse(enabled)
        : enabled;
    return List.of(new DataStore(task, "stream", encrypted,
        encrypted.isTrue() ? KmsKeys.customerManaged(arguments, "key_id", task.range()) : encrypted));
  }
}
