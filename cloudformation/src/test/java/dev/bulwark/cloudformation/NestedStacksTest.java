package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template called as nested stack by templates of the scan takes the parameter values they pass. */
class NestedStacksTest {
  private static final String DATABASE = """
      Parameters:
        Public:
          Type: String
          Default: "false"
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            Engine: postgres
            PubliclyAccessible: !Ref Public
      """;

  @TempDir
  Path folder;
  private final List<SourceFile> files = new ArrayList<>();

  private void write(String path, String text) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    files.add(new SourceFile(file, path, Files.size(file)));
  }

  private static String parent(String location, String parameters) {
    return """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Database:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: %s
        %s
        """.formatted(location, parameters.indent(6));
  }

  private UnitResult analyze(String path) {
    CloudFormationFrontend frontend = new CloudFormationFrontend();
    AnalysisUnit unit = frontend.group(files).stream().filter(u -> u.name().equals(path)).findFirst().orElseThrow();
    return frontend.analyze(unit, AnalysisContext.of(ScanSettings.DEFAULTS, folder));
  }

  private Fact publiclyAccessible(String path) {
    return analyze(path).models().stream().filter(DatabaseInstance.class::isInstance)
        .map(model -> ((DatabaseInstance) model).publiclyAccessible()).findFirst().orElseThrow();
  }

  @Test
  void aValueTheParentPassesReplacesTheDefaultAndIsRelated() throws IOException {
    write("stacks/database.yaml", DATABASE);
    write("main.yaml", parent("./stacks/database.yaml", "Parameters:\n  Public: \"true\""));

    assertThat(new CloudFormationFrontend().group(files)).extracting(AnalysisUnit::name, unit -> unit.files().size())
        .containsExactly(tuple("stacks/database.yaml", 2),
            tuple("main.yaml", 1));
    Fact fact = publiclyAccessible("stacks/database.yaml");
    assertThat(fact.isTrue()).isTrue();
    assertThat(fact.range()).isEqualTo(Range.ofLine("stacks/database.yaml", 10, 7, 38));
    assertThat(fact.origin()).containsExactly(new RelatedLocation(Range.ofLine("main.yaml", 8, 17, 23),
        "value passed by `Database` in main.yaml of parameter `Public`"));
  }

  @Test
  void anUnknownValueOrCallsThatDisagreeMakeTheParameterUnknown() throws IOException {
    write("database.yaml", DATABASE);
    write("main.yaml", parent("database.yaml", "Parameters:\n  Public: !GetAtt Settings.Outputs.Public"));
    assertThat(publiclyAccessible("database.yaml").isUnknown()).isTrue();

    files.clear();
    write("database.yaml", DATABASE);
    write("main.yaml", parent("database.yaml", "Parameters:\n  Public: \"true\""));
    write("other.yaml", parent("./database.yaml", "Parameters:\n  Public: \"false\""));
    assertThat(publiclyAccessible("database.yaml").isUnknown()).isTrue();

    files.clear();
    write("database.yaml", DATABASE);
    write("main.yaml", parent("database.yaml", "Parameters:\n  Public: \"true\""));
    write("other.yaml", parent("./database.yaml", "Parameters:\n  Public: \"true\""));
    assertThat(publiclyAccessible("database.yaml").isTrue()).isTrue();
  }

  @Test
  void aParameterNoCallPassesAndRemoteTemplatesKeepTheirOwnValues() throws IOException {
    write("database.yaml", DATABASE);
    write("main.yaml", parent("database.yaml", "Parameters:\n  Other: x"));
    write("remote.yaml", parent("https://s3.amazonaws.com/bucket/database.yaml", "Parameters:\n  Public: \"true\""));
    write("outside.yaml", parent("../database.yaml", "Parameters:\n  Public: \"true\""));

    Fact fact = publiclyAccessible("database.yaml");
    assertThat(fact.isFalse()).isTrue();
    assertThat(fact.origin()).extracting(RelatedLocation::message).containsExactly("default of parameter `Public`");
  }

  @Test
  void aServerlessApplicationPassesItsParametersToo() throws IOException {
    write("app/database.yaml", DATABASE);
    write("template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          Exposed:
            Type: String
            Default: "true"
        Resources:
          Database:
            Type: AWS::Serverless::Application
            Properties:
              Location: app/database.yaml
              Parameters:
                Public: !Ref Exposed
        """);

    Fact fact = publiclyAccessible("app/database.yaml");
    assertThat(fact.isTrue()).isTrue();
    assertThat(fact.origin()).extracting(RelatedLocation::message)
        .containsExactly("value passed by `Database` in template.yaml of parameter `Public`");
  }
}
