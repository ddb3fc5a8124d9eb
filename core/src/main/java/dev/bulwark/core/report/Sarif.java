package dev.bulwark.core.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The part of the SARIF 2.1.0 object model that Bulwark writes, one record per SARIF object, fields in the order
 * they are written. A {@code null} field is left out.
 */
final class Sarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String VERSION = "2.1.0";
  static final String SRCROOT = "%SRCROOT%";

  private Sarif() {}

  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  record Run(
      Tool tool,
      AutomationDetails automationDetails,
      Map<String, ArtifactLocation> originalUriBaseIds,
      String columnKind,
      List<Artifact> artifacts,
      List<Result> results,
      List<Invocation> invocations) {}

  record Tool(Component driver) {}

  record Component(
      String name, String informationUri, String version, String semanticVersion, List<Descriptor> rules) {}

  record Descriptor(
      String id,
      String name,
      Text shortDescription,
      Text fullDescription,
      Text help,
      String helpUri,
      Configuration defaultConfiguration,
      DescriptorProperties properties) {}

  record Text(String text, String markdown) {
    static Text plain(String text) {
      return new Text(text, null);
    }
  }

  record Configuration(String level) {}

  record DescriptorProperties(
      List<String> tags,
      @JsonProperty("security-severity") String securitySeverity,
      String precision,
      @JsonProperty("problem.severity") String problemSeverity) {}

  record AutomationDetails(String id) {}

  record Artifact(ArtifactLocation location, Long length) {}

  record ArtifactLocation(String uri, String uriBaseId, Integer index) {}

  record Result(
      String ruleId,
      Integer ruleIndex,
      String level,
      Text message,
      List<Location> locations,
      List<Location> relatedLocations,
      Map<String, String> partialFingerprints,
      List<Suppression> suppressions,
      ResultProperties properties) {}

  record Suppression(String kind, String status, String justification, Location location) {}

  record ResultProperties(
      String resourceType, String category, String severity, String attribute, Integer omittedRelatedLocations) {}

  record Location(Integer id, PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations,
      Text message) {}

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region, Region contextRegion) {}

  record Region(Integer startLine, Integer startColumn, Integer endLine, Integer endColumn, Snippet snippet) {}

  record Snippet(String text) {}

  record LogicalLocation(String name, String fullyQualifiedName, String kind) {}

  record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}

  record Notification(String level, Text message, DescriptorReference descriptor, List<Location> locations) {}

  record DescriptorReference(String id) {}
}
