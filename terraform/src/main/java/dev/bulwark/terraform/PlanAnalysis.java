package dev.bulwark.terraform;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.document.Documents;
import dev.bulwark.core.document.JsonDocuments;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.terraform.models.ProviderModels;
import dev.bulwark.terraform.models.ProviderVersions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analyses a Terraform plan or state in JSON ({@code terraform show -json}): every resource it holds, those of remote
 * modules included, with the values Terraform resolved, mapped to the shared models as configuration is. Findings
 * point into the JSON, at the value or, for a missing attribute, at the resource's {@code address}. What the plan
 * knows only after apply is unknown. A plan scanned beside its configuration adds only what the configuration cannot
 * show, the resources of registry and git modules, reported at the module's call ({@link PlanCallSites}): the others
 * are checked in the configuration, at their lines.
 */
final class PlanAnalysis {
  /** How much of a JSON file is read to tell whether it is a plan or state. */
  private static final int SNIFF_BYTES = 4096;

  private final SourceFile file;
  private final List<SourceFile> configuration;
  private final AnalysisContext context;

  /**
   * @param unit the plan file, followed by the configuration files of the scan in its folder (if any)
   */
  PlanAnalysis(AnalysisUnit unit, AnalysisContext context) {
    this.file = unit.files().get(0);
    this.configuration = unit.files().subList(1, unit.files().size());
    this.context = context;
  }

  /**
   * Whether {@code file} looks like a plan or state of {@code terraform show -json}: both start with its
   * {@code format_version} and {@code terraform_version}.
   */
  static boolean isPlan(SourceFile file) {
    if (!mayBePlan(file.relativePath())) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file.path())) {
      String start = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
      return start.stripLeading().startsWith("{") && start.contains("\"format_version\"")
          && start.contains("\"terraform_version\"");
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether {@code path} is a JSON file other than Terraform's own configuration and variable files. */
  static boolean mayBePlan(String path) {
    return path.endsWith(".json") && !TerraformFiles.isConfiguration(path) && !TerraformFiles.isVariables(path);
  }

  UnitResult run() {
    SourceText source;
    try {
      source = file.read();
    } catch (IOException e) {
      return UnitResult.unreadable(file, e);
    }
    UnitResult.Builder result = UnitResult.builder().source(source);
    Documents read = JsonDocuments.read(source, context.settings());
    if (!read.errors().isEmpty()) {
      return result.diagnostics(read.errors()).build();
    }
    Optional<DocNode.Mapping> root = read.documents().stream().findFirst().flatMap(DocNode::asMapping);
    Optional<DocNode.Mapping> module = root
        .flatMap(plan -> plan.get("planned_values").or(() -> plan.get("values"))).flatMap(DocNode::asMapping)
        .flatMap(values -> values.get("root_module")).flatMap(DocNode::asMapping);
    if (module.isEmpty()) {
      return result.diagnostic(Diagnostic.forFile(Diagnostic.Level.NOTE, "not-a-plan", "a JSON file of `terraform "
          + "show -json` without planned or state values; nothing in it is checked", file.relativePath())).build();
    }
    Map<String, DocNode> unknown = afterUnknown(root.get());
    Optional<DocNode.Mapping> configurationRoot = root.get().get("configuration").flatMap(DocNode::asMapping)
        .flatMap(plan -> plan.get("root_module")).flatMap(DocNode::asMapping);
    List<PlannedResource> planned = new ArrayList<>();
    module(module.get(), "", unknown, planned);
    if (!configuration.isEmpty()) {
      Set<String> remote = RemoteModules.of(configurationRoot);
      int all = planned.size();
      planned.removeIf(resource -> !remote.contains(resource.modulePath()));
      result.diagnostic(Diagnostic.forFile(Diagnostic.Level.NOTE, "plan-beside-configuration", "the configuration "
          + "beside this plan is checked from its files, at their lines; of the plan's " + all + " resources, the "
          + planned.size() + " of registry and git modules are checked here", file.relativePath()));
    }
    List<Reference> references = PlanReferences.of(configurationRoot, planned);
    PlanCallSites sites = PlanCallSites.of(configuration, context.settings());
    sites.sources().forEach(result::source);
    List<Resource> resources = planned.stream().map(sites::place).toList();
    resources.forEach(result::resource);
    references.forEach(result::reference);
    ProviderModels.map(resources, references, ProviderVersions.LATEST).forEach(result::model);
    return result.build();
  }

  /** For each resource address, the {@code after_unknown} tree of its planned change. */
  private static Map<String, DocNode> afterUnknown(DocNode.Mapping plan) {
    Map<String, DocNode> unknown = new HashMap<>();
    for (DocNode.Mapping change : PlanJson.mappings(plan.get("resource_changes"))) {
      PlanJson.text(change.get("address")).ifPresent(address -> change.get("change").flatMap(DocNode::asMapping)
          .flatMap(planned -> planned.get("after_unknown")).ifPresent(tree -> unknown.put(address, tree)));
    }
    return unknown;
  }

  /** The resources of {@code module}, whose address is {@code path} ({@code module.a[0].}), and of its children. */
  private void module(DocNode.Mapping module, String path, Map<String, DocNode> unknown,
      List<PlannedResource> resources) {
    PlanJson.mappings(module.get("resources")).forEach(resource ->
        resource(resource, unknown).ifPresent(found -> resources.add(new PlannedResource(found, path))));
    PlanJson.mappings(module.get("child_modules")).forEach(child ->
        module(child, PlanJson.text(child.get("address")).map(address -> address + ".").orElse(path), unknown,
            resources));
  }

  private Optional<Resource> resource(DocNode.Mapping resource, Map<String, DocNode> unknown) {
    Optional<DocNode.Entry> address = resource.entry("address");
    Optional<String> type = PlanJson.text(resource.get("type"));
    Optional<DocNode.Mapping> values = resource.get("values").flatMap(DocNode::asMapping);
    if (address.isEmpty() || type.isEmpty() || values.isEmpty()) {
      return Optional.empty();
    }
    String name = address.get().value().asScalar().map(DocNode.Scalar::text).orElse("");
    MapValue attributes = PlanValues.attributes(values.get(), Optional.ofNullable(unknown.get(name)));
    ResourceKind kind = PlanJson.text(resource.get("mode")).filter("data"::equals).isPresent()
        ? ResourceKind.DATA : ResourceKind.MANAGED;
    return Optional.of(new Resource(new ResourceId(file.relativePath(), name), TerraformFrontend.FORMAT, kind,
        type.get(), address.get().value().range(), attributes));
  }
}
