package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.NetworkFirewall;
import dev.bulwark.core.model.VirtualNetwork;
import dev.bulwark.core.model.WebAcl;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A companion resource (a VPC's flow log, a logging configuration) under a {@code Condition}: when the condition is
 * false it is not created, and the missing companion says so; when it is undecided, it is there on one branch only.
 */
class CompanionConditionsTest {
  private static final String FLOW_LOG = """
      Parameters:
        CreateFlowLogs: {Type: String, AllowedValues: ["true", "false"]%s}
      Conditions:
        FlowLogsOn: !Equals [!Ref CreateFlowLogs, "true"]
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
        FlowLog:
          Condition: FlowLogsOn
          Type: AWS::EC2::FlowLog
          Properties:
            ResourceId: !Ref Vpc
            ResourceType: VPC
            TrafficType: ALL
            Tags: !Rain::Embed tags.json
      """;

  @TempDir
  Path folder;

  @Test
  void aFlowLogThatAFalseConditionLeavesOutIsMissingUnderThatCondition() throws IOException {
    UnitResult result = Templates.analyze(folder, "vpc.yaml", FLOW_LOG.formatted(", Default: \"false\""));
    Fact flowLogs = ((VirtualNetwork) result.models().get(0)).flowLogs();
    assertThat(flowLogs.isFalse()).isTrue();
    assertThat(flowLogs.byDefault()).isTrue();
    assertThat(flowLogs.attribute()).isEqualTo("AWS::EC2::FlowLog");
    assertThat(flowLogs.range()).isEqualTo(Templates.resource(result, "Vpc").declaration());
    assertThat(flowLogs.condition()).isEqualTo("condition `FlowLogsOn` is false");
    assertThat(flowLogs.origin()).extracting(hop -> hop.range().startLine(), RelatedLocation::message)
        .containsExactly(tuple(10, "`FlowLog` is created only when condition `FlowLogsOn` is true"),
            tuple(4, "condition `FlowLogsOn` is false"));
    assertThat(result.resources()).extracting(Resource::address).containsExactly("CreateFlowLogs", "Vpc");
    assertThat(result.references()).isEmpty();
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aFlowLogUnderAnUndecidedConditionIsThereOnlyWhenItHolds() throws IOException {
    UnitResult result = Templates.analyze(folder, "vpc.yaml", FLOW_LOG.formatted(""));
    Fact flowLogs = ((VirtualNetwork) result.models().get(0)).flowLogs();
    assertThat(flowLogs.isUnknown()).isTrue();
    Fact on = flowLogs.when(true).orElseThrow();
    assertThat(on.condition()).isEqualTo("condition `FlowLogsOn` is true");
    assertThat(on.range()).isEqualTo(Templates.resource(result, "FlowLog").range());
    Fact off = flowLogs.when(false).orElseThrow();
    assertThat(off.condition()).isEqualTo("condition `FlowLogsOn` is false");
    assertThat(off.range()).isEqualTo(Templates.resource(result, "Vpc").declaration());
    assertThat(off.origin()).extracting(RelatedLocation::message)
        .containsExactly("`FlowLog` is created only when condition `FlowLogsOn` is true");
  }

  @Test
  void aFlowLogCreatedWithoutConditionLogsWhateverTheOthersDo() throws IOException {
    UnitResult result = Templates.analyze(folder, "vpc.yaml", FLOW_LOG.formatted("") + """
          AlwaysFlowLog:
            Type: AWS::EC2::FlowLog
            Properties:
              ResourceId: !Ref Vpc
              ResourceType: VPC
        """);
    Fact flowLogs = ((VirtualNetwork) result.models().get(0)).flowLogs();
    assertThat(flowLogs.isTrue()).isTrue();
    assertThat(flowLogs.range()).isEqualTo(Templates.resource(result, "AlwaysFlowLog").range());
  }

  @Test
  void aFlowLogOnAParameterMayBeTheVpcsSoItsFlowLogsAreUnknown() throws IOException {
    UnitResult result = Templates.analyze(folder, "vpc.yaml", FLOW_LOG.formatted(", Default: \"true\"")
        .replace("ResourceId: !Ref Vpc", "ResourceId: !Ref VpcId")
        .replace("Parameters:\n", "Parameters:\n  VpcId: {Type: String}\n"));
    assertThat(((VirtualNetwork) result.models().get(0)).flowLogs().isUnknown()).isTrue();
  }

  @Test
  void aFlowLogOnAKnownIdentifierIsAnotherVpcsSoThisOneHasNone() throws IOException {
    UnitResult result = Templates.analyze(folder, "vpc.yaml", FLOW_LOG.formatted(", Default: \"true\"")
        .replace("ResourceId: !Ref Vpc", "ResourceId: !Ref VpcId")
        .replace("Parameters:\n", "Parameters:\n  VpcId: {Type: String, Default: vpc-0123456789abcdef0}\n"));
    assertThat(((VirtualNetwork) result.models().get(0)).flowLogs().isFalse()).isTrue();
  }

  @Test
  void loggingConfigurationsLeftOutByAFalseConditionAreMissingUnderThatCondition() throws IOException {
    UnitResult result = Templates.analyze(folder, "acl.yaml", """
        Parameters:
          Logging: {Type: String, Default: "off"}
        Conditions:
          LoggingOn: !Equals [!Ref Logging, "on"]
        Resources:
          Acl:
            Type: AWS::WAFv2::WebACL
            Properties:
              Scope: REGIONAL
          AclLogging:
            Type: AWS::WAFv2::LoggingConfiguration
            Condition: LoggingOn
            Properties:
              ResourceArn: !GetAtt Acl.Arn
              LogDestinationConfigs: [arn:aws:logs:eu-west-1:123456789012:log-group:aws-waf-logs-a]
          Firewall:
            Type: AWS::NetworkFirewall::Firewall
            Properties:
              FirewallName: edge
          FirewallLogging:
            Type: AWS::NetworkFirewall::LoggingConfiguration
            Condition: LoggingOn
            Properties:
              FirewallArn: !Ref Firewall
        """);
    Fact acl = ((WebAcl) result.models().get(0)).logging();
    Fact firewall = ((NetworkFirewall) result.models().get(1)).logging();
    assertThat(acl.isFalse()).isTrue();
    assertThat(acl.condition()).isEqualTo("condition `LoggingOn` is false");
    assertThat(acl.origin()).extracting(RelatedLocation::message)
        .containsExactly("`AclLogging` is created only when condition `LoggingOn` is true",
            "condition `LoggingOn` is false");
    assertThat(firewall.isFalse()).isTrue();
    assertThat(firewall.condition()).isEqualTo("condition `LoggingOn` is false");
    assertThat(firewall.origin()).extracting(hop -> hop.range().startLine()).containsExactly(20, 4);
  }
}
