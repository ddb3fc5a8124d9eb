package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who an {@code aws_s3_bucket} admits: its canned ACL (an attached {@code aws_s3_bucket_acl}, else its own
 * {@code acl}; {@code private} by default), the grants of the attached ACL's {@code access_control_policy}, and its
 * policy (an attached {@code aws_s3_bucket_policy}, else its own
 * {@code policy}; JSON text or an {@code aws_iam_policy_document}). A public ACL is let through unless
 * {@code block_public_acls} or {@code ignore_public_acls}, and a public policy unless {@code block_public_policy} or
 * {@code restrict_public_buckets}, is true on an attached {@code aws_s3_bucket_public_access_block} or on an
 * {@code aws_s3_account_public_access_block} of the unit. A bucket without a block of its own written out is read as
 * not blocked: the configuration asks for public access, which S3's default block for new buckets would refuse, so
 * wherever it applies the bucket is public.
 */
final class S3BucketAccess {
  private static final String PUBLIC_ACCESS_BLOCK = "aws_s3_bucket_public_access_block";
  private static final String ACCOUNT_BLOCK = "aws_s3_account_public_access_block";
  private static final String ACL = "aws_s3_bucket_acl";
  private static final String POLICY = "aws_s3_bucket_policy";

  private S3BucketAccess() {}

  /**
   * The bucket's grants to everyone: one for its canned {@code acl} ({@link #acl}), one for the grants of its ACL
   * resource when it lists them, one for its policy when it has one.
   */
  static List<DatasetAccess> of(Resource bucket, Located<String> acl, Module module) {
    List<DatasetAccess> access = new ArrayList<>();
    Fact aclsBlocked = blocked(bucket, module, "block_public_acls", "ignore_public_acls");
    access.add(DatasetAccess.ofSetting(bucket, acl, DatasetAccess.S3_PUBLIC_ACLS)
        .unless(aclsBlocked));
    attached(module, ACL).to(bucket).stream().findFirst()
        .filter(resource -> resource.attribute("access_control_policy").isPresent())
        .ifPresent(resource -> access.add(grants(bucket, resource).unless(aclsBlocked)));
    policy(bucket, module).ifPresent(policy -> access.add(
        DatasetAccess.admitting(bucket, AccessPolicies.admitsAnyone(policy.owner(), policy.entry(), module))
            .unless(blocked(bucket, module, "block_public_policy", "restrict_public_buckets"))));
    return access;
  }

  private static Attachments attached(Module module, String type) {
    return module.attachments(type, "bucket", Set.of("aws_s3_bucket"), Optional.of("bucket"));
  }

  /** The bucket's canned ACL: an attached {@code aws_s3_bucket_acl}'s, else its own, else {@code private}. */
  static Located<String> acl(Resource bucket, Module module) {
    Attachments acls = attached(module, ACL);
    List<Resource> attached = acls.to(bucket);
    if (!attached.isEmpty()) {
      Resource acl = attached.get(0);
      return acl.attribute("acl").map(S3BucketAccess::text)
          .orElseGet(() -> Located.byDefault("private", "acl", acl.range()));
    }
    return bucket.attribute("acl").map(S3BucketAccess::text).orElseGet(() -> acls.ambiguous()
        ? Located.unknown("acl", bucket.range(), List.of())
        : Located.byDefault("private", "acl", bucket.range()));
  }

  /**
   * The grants of an {@code aws_s3_bucket_acl}'s {@code access_control_policy}: public when a {@code grant}'s
   * {@code grantee} is the {@code AllUsers} or {@code AuthenticatedUsers} group ({@code uri}).
   */
  private static DatasetAccess grants(Resource bucket, Resource acl) {
    List<MapEntry> uris = new ArrayList<>();
    boolean complete = true;
    for (MapValue policy : NestedBlocks.of(acl.attributes(), "access_control_policy").known()) {
      NestedBlocks grants = NestedBlocks.of(policy, "grant");
      complete &= !grants.hasUnknown();
      for (MapValue grant : grants.known()) {
        NestedBlocks grantee = NestedBlocks.of(grant, "grantee");
        complete &= !grantee.hasUnknown();
        grantee.known().forEach(block -> block.entry("uri").ifPresent(uris::add));
      }
    }
    return DatasetAccess.of(bucket, uris, complete, DatasetAccess.S3_GROUPS);
  }

  private static Located<String> text(MapEntry entry) {
    Value value = entry.value();
    return value instanceof NullValue ? Located.byDefault("private", "acl", entry.range())
        : value.asString().map(acl -> Located.known(acl, "acl", entry.range(), value.origin()))
            .orElseGet(() -> Located.unknown("acl", entry.range(), value.origin()));
  }

  /** The policy attached to the bucket, else its own, with the resource that holds it. */
  private static Optional<OwnedPolicy> policy(Resource bucket, Module module) {
    List<Resource> attached = attached(module, POLICY).to(bucket);
    Resource owner = attached.isEmpty() ? bucket : attached.get(0);
    return owner.attribute("policy").filter(entry -> !(entry.value() instanceof NullValue))
        .map(entry -> new OwnedPolicy(owner, entry));
  }

  /**
   * Whether one of {@code settings} blocks public access to the bucket: as its attached block sets them; not by
   * default without one, unknown when a block of the unit could be the bucket's; or as the account's block does.
   */
  private static Fact blocked(Resource bucket, Module module, String... settings) {
    List<Fact> own = new ArrayList<>();
    Attachments blocks = attached(module, PUBLIC_ACCESS_BLOCK);
    List<Resource> attached = blocks.to(bucket);
    for (Resource block : attached) {
      for (String setting : settings) {
        own.add(Fact.of(block.attributes(), setting, false, block.range()));
      }
    }
    if (attached.isEmpty()) {
      own.add(blocks.ambiguous() ? Fact.unknown(PUBLIC_ACCESS_BLOCK, bucket.range(), List.of())
          : Fact.byDefault(false, PUBLIC_ACCESS_BLOCK, bucket.range()));
    }
    return blocked(own, module, settings);
  }

  /**
   * Whether one of {@code settings} blocks public access to a bucket whose own block is read as {@code own}: true
   * when one of {@code own} is, or an {@code aws_s3_account_public_access_block} of the unit sets one; unknown when
   * one of them is not known; else false, at the first setting written out.
   */
  static Fact blocked(List<Fact> own, Module module, String... settings) {
    List<Fact> facts = new ArrayList<>(own);
    for (Resource account : module.ofType(ACCOUNT_BLOCK)) {
      for (String setting : settings) {
        facts.add(Fact.of(account.attributes(), setting, false, account.range()));
      }
    }
    return Fact.anyWritten(facts);
  }

  /** A policy and the resource whose attribute it is. */
  private record OwnedPolicy(Resource owner, MapEntry entry) {}
}
