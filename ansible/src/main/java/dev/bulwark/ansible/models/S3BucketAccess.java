package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who the bucket of an {@code amazon.aws.s3_bucket} task admits: its canned {@code acl} ({@code private} when left
 * out) and its {@code policy} (JSON text or a mapping; the text {@code null} removes it). A public ACL is let through
 * unless {@code public_access} sets {@code block_public_acls} or {@code ignore_public_acls}, and a public policy unless
 * it sets {@code block_public_policy} or {@code restrict_public_buckets} (each false when left out, the module's
 * default). A task without {@code public_access} leaves the bucket's block as it is: as the last earlier task of the
 * playbook for the same bucket {@code name} (or the same template for it) set it, else read as not blocked, since the task asks for public access,
 * which S3's default block for new buckets would refuse, so wherever it applies the bucket is public.
 * {@code delete_public_access: true} removes the block.
 */
final class S3BucketAccess {
  private S3BucketAccess() {}

  /** The bucket's grants to everyone: one for its ACL, one for its policy when the task gives one. */
  static List<DatasetAccess> of(Resource bucket, Located<String> acl, List<Resource> tasks) {
    Resource guard = blockSetBy(bucket, tasks);
    List<DatasetAccess> access = new ArrayList<>();
    access.add(DatasetAccess.ofSetting(bucket, acl, DatasetAccess.S3_PUBLIC_ACLS)
        .unless(blocked(guard, "block_public_acls", "ignore_public_acls")));
    Args.entry(bucket.attributes(), "policy")
        .filter(policy -> policy.value().asString().filter("null"::equals).isEmpty())
        .ifPresent(policy -> access.add(DatasetAccess.ofPolicy(bucket, policy)
            .unless(blocked(guard, "block_public_policy", "restrict_public_buckets"))));
    return access;
  }

  /**
   * The task whose public access block holds for {@code bucket}: itself when it sets or deletes one, else the last
   * task before it among {@code tasks} (the playbook's {@code s3_bucket} tasks, in order) that does so for a bucket
   * of the same known {@code name}, else itself.
   */
  private static Resource blockSetBy(Resource bucket, List<Resource> tasks) {
    Optional<Object> name = name(bucket);
    if (setsBlock(bucket) || name.isEmpty()) {
      return bucket;
    }
    Resource guard = bucket;
    for (Resource task : tasks) {
      if (task.equals(bucket)) {
        break;
      }
      boolean same = name(task).filter(name.get()::equals).isPresent();
      guard = same && setsBlock(task) && !Args.absent(task) ? task : guard;
    }
    return guard;
  }

  /**
   * The bucket a task names: its {@code name} when known, else the text of the template that makes it (two tasks
   * that name the bucket with the same template in one playbook name the same bucket).
   */
  private static Optional<Object> name(Resource task) {
    Optional<Value> value = Args.entry(task.attributes(), "name").map(MapEntry::value);
    return value.flatMap(Value::asString).<Object>map(Object.class::cast)
        .or(() -> value.filter(UnknownValue.class::isInstance)
            .map(unknown -> List.of(((UnknownValue) unknown).expression())));
  }

  private static boolean setsBlock(Resource task) {
    return Args.entry(task.attributes(), "public_access").isPresent() || deleted(task).isPresent();
  }

  /** The bucket's canned ACL: its {@code acl}, else {@code private}. */
  static Located<String> acl(Resource bucket) {
    return Args.entry(bucket.attributes(), "acl").map(Located::text)
        .orElseGet(() -> Located.byDefault("private", "acl", bucket.range()));
  }

  /** False at {@code delete_public_access} when the task removes the bucket's public access block. */
  private static Optional<Fact> deleted(Resource bucket) {
    return Args.entry(bucket.attributes(), "delete_public_access")
        .filter(entry -> Args.bool(entry.value()).orElse(false))
        .map(entry -> Fact.known(false, entry.key(), entry.range(), List.of()));
  }

  /** Whether one of {@code settings} of the task's {@code public_access} is true, which blocks the grant. */
  private static Fact blocked(Resource bucket, String... settings) {
    return deleted(bucket).orElseGet(() -> Args.inObject(bucket, "public_access", (block, at) -> Fact.any(
        Arrays.stream(settings).map(setting -> Args.flag(block, setting, false, at)).toList())));
  }
}
