package dev.bulwark.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceGraphTest {
  private static Resource resource(String type, String name, int line) {
    Range header = Range.ofLine("main.tf", line, 1, 10);
    return new Resource(new ResourceId(".", type + "." + name), "terraform", ResourceKind.MANAGED, type, header,
        MapValue.of(List.of(), header));
  }

  @Test
  void referrersAreFoundThroughTheAttributeThatRefers() {
    Resource app = resource("aws_s3_bucket", "app", 1);
    Resource logs = resource("aws_s3_bucket", "logs", 5);
    Resource logging = resource("aws_s3_bucket_logging", "app", 9);
    ResourceGraph.Builder builder = ResourceGraph.builder();
    List.of(logging, logs, app).forEach(builder::add);
    builder.add(new Reference(logging.id(), app.id(), "bucket", Range.ofLine("main.tf", 10, 3, 30)));
    builder.add(new Reference(logging.id(), logs.id(), "target_bucket", Range.ofLine("main.tf", 11, 3, 30)));
    ResourceGraph graph = builder.build();

    assertThat(graph.referrers(app, "aws_s3_bucket_logging", "bucket")).containsExactly(logging);
    assertThat(graph.referrers(logs, "aws_s3_bucket_logging", "bucket")).isEmpty();
    assertThat(graph.referrers(logs, "aws_s3_bucket_logging")).containsExactly(logging);
    assertThat(graph.targets(logging)).containsExactly(app, logs);
    assertThat(graph.resources()).containsExactly(app, logs, logging);
  }

  @Test
  void referencesToUndeclaredResourcesAreDroppedAndDuplicatesKeepTheFirst() {
    Resource app = resource("aws_s3_bucket", "app", 1);
    ResourceGraph.Builder builder = ResourceGraph.builder();
    assertThat(builder.add(app)).isTrue();
    assertThat(builder.add(resource("aws_s3_bucket", "app", 7))).isFalse();
    builder.add(new Reference(app.id(), new ResourceId(".", "aws_kms_key.k"), "kms", Range.ofLine("main.tf", 2, 1, 5)));
    ResourceGraph graph = builder.build();
    assertThat(graph.references()).isEmpty();
    assertThat(graph.resource(app.id())).contains(app);
    assertThat(graph.referencesTo(app)).isEmpty();
  }
}
