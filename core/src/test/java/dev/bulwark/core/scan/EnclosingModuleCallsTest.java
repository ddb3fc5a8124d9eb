package dev.bulwark.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnclosingModuleCallsTest {
  private static Resource resource(String unit, String address, ResourceKind kind) {
    Range range = Range.ofLine("main.tf", 1, 1, 2);
    return new Resource(new ResourceId(unit, address), "terraform", kind, "t", range, MapValue.of(List.of(), range));
  }

  @Test
  void findsTheCallsOfItsUnitInnermostFirstThroughKeysWithDots() {
    Resource inner = resource("root", "module.app[\"a.b\"].module.db[0]", ResourceKind.MODULE_CALL);
    Resource outer = resource("root", "module.app[\"a.b\"]", ResourceKind.MODULE_CALL);
    Resource db = resource("root", "module.app[\"a.b\"].module.db[0].aws_db_instance.this", ResourceKind.MANAGED);
    ResourceGraph.Builder graph = ResourceGraph.builder();
    List.of(inner, outer, db, resource("other", "module.app[\"a.b\"]", ResourceKind.MODULE_CALL))
        .forEach(graph::add);

    assertThat(EnclosingModuleCalls.of(db, graph.build())).containsExactly(inner, outer);
  }

  @Test
  void aResourceOutsideAnyModuleHasNoCalls() {
    Resource bucket = resource("root", "aws_s3_bucket.module", ResourceKind.MANAGED);
    ResourceGraph.Builder graph = ResourceGraph.builder();
    graph.add(bucket);
    graph.add(resource("root", "module.x", ResourceKind.MODULE_CALL));

    assertThat(EnclosingModuleCalls.of(bucket, graph.build())).isEmpty();
  }
}
