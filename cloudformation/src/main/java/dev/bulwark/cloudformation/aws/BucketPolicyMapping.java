package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::S3::BucketPolicy}: its {@code PolicyDocument} admits everyone when a statement allows the principal
 * {@code *} without a condition ({@link DatasetAccess#ofPolicy}), unless the bucket its {@code Bucket} refers to
 * blocks public policies ({@link BucketMapping#blocked}); a bucket that is not in the template does not block it.
 */
final class BucketPolicyMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::S3::BucketPolicy");
  }

  @Override
  public List<CloudModel> map(Resource policy, Stack stack) {
    return policy.attribute("PolicyDocument")
        .<List<CloudModel>>map(document -> List.of(DatasetAccess.ofPolicy(policy, document).unless(
            ReferredResource.of(policy, stack.graph(), "Bucket", "AWS::S3::Bucket")
                .map(bucket -> BucketMapping.blocked(bucket, "BlockPublicPolicy", "RestrictPublicBuckets"))
                .orElseGet(() -> Fact.byDefault(false, "PublicAccessBlockConfiguration", policy.range())))))
        .orElse(List.of());
  }
}
