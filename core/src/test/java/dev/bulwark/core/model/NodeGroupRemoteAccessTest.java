package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A node group with an SSH key and no source security groups has SSH open to the internet. */
class NodeGroupRemoteAccessTest {
  private static final Range HEADER = Range.ofLine("main.tf", 1, 1, 40);
  private static final Range BLOCK = Range.ofLine("main.tf", 5, 3, 19);
  private static final Resource GROUP = new Resource(new ResourceId(".", "aws_eks_node_group.g"), "terraform",
      ResourceKind.MANAGED, "aws_eks_node_group", HEADER, MapValue.of(List.of(), HEADER));

  private static SecurityGroup access(Object... keysAndValues) {
    List<MapEntry> entries = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      entries.add(new MapEntry((String) keysAndValues[i], BLOCK, (Value) keysAndValues[i + 1]));
    }
    return NodeGroupRemoteAccess.of(GROUP, Optional.of(new MapEntry("remote_access", BLOCK,
        MapValue.of(entries, BLOCK))), "ec2_ssh_key", "source_security_group_ids");
  }

  @Test
  void aKeyWithoutSourceGroupsOpensSshToTheInternetAtTheBlock() {
    SecurityGroup open = access("ec2_ssh_key", new StringValue("ops", BLOCK));
    assertThat(open.rules()).singleElement().satisfies(rule -> {
      assertThat(rule.ports().value()).contains(new PortRange(22, 22));
      assertThat(rule.sources()).singleElement().satisfies(source -> {
        assertThat(source.value()).contains("0.0.0.0/0");
        assertThat(source.byDefault()).isTrue();
        assertThat(source.range()).isEqualTo(BLOCK);
      });
    });
    assertThat(access("ec2_ssh_key", new StringValue("ops", BLOCK), "source_security_group_ids",
        new ListValue(List.of(), BLOCK)).rules()).hasSize(1);
  }

  @Test
  void sourceGroupsNoKeyOrNoRemoteAccessOpenNothingAndUnknownGroupsLeaveTheSourceUnknown() {
    assertThat(access("ec2_ssh_key", new StringValue("ops", BLOCK), "source_security_group_ids",
        new ListValue(List.of(new UnknownValue("aws_security_group.bastion.id", BLOCK)), BLOCK)).rules()).isEmpty();
    assertThat(access("source_security_group_ids", new ListValue(List.of(), BLOCK)).rules()).isEmpty();
    assertThat(NodeGroupRemoteAccess.of(GROUP, Optional.empty(), "ec2_ssh_key", "source_security_group_ids").rules())
        .isEmpty();
    assertThat(access("ec2_ssh_key", new StringValue("ops", BLOCK), "source_security_group_ids",
        new UnknownValue("var.sources", BLOCK)).rules())
        .singleElement().satisfies(rule -> assertThat(rule.sources().get(0).isKnown()).isFalse());
  }
}
