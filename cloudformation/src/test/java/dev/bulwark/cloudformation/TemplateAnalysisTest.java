package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateAnalysisTest {
  @TempDir
  Path folder;

  @Test
  void filesThatAreNotTemplatesAreSkippedQuietly() throws IOException {
    for (String text : new String[] {"hosts: all\ntasks: []\n", "- name: a task\n  debug: msg=x\n",
        "{\"name\": \"package\", \"version\": \"1.0.0\"}", "Resources:\n  X:\n    Type: Custom::Thing\n",
        "apiVersion: v1\nkind: Pod\n", "not: [valid yaml\n"}) {
      UnitResult result = Templates.analyze(folder, "f.yaml", text);
      assertThat(result.sources()).as(text).isEmpty();
      assertThat(result.diagnostics()).as(text).isEmpty();
      assertThat(result.resources()).as(text).isEmpty();
    }
  }

  @Test
  void templatesAreRecognisedByContentNotName() throws IOException {
    UnitResult byVersion = Templates.analyze(folder, "stack.template",
        "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}");
    assertThat(byVersion.sources()).hasSize(1);
    UnitResult byResources = Templates.analyze(folder, "anything.yml",
        "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n");
    assertThat(byResources.resources()).extracting(Resource::address).containsExactly("Bucket");
    assertThat(byResources.resources().get(0).range()).isEqualTo(Range.ofLine("anything.yml", 2, 3, 9));
  }

  @Test
  void brokenTemplatesGiveParseErrorsWithALocation() throws IOException {
    UnitResult json = Templates.analyze(folder, "broken.json", """
        {
          "Resources": {
            "Bucket": {
              "Type": "AWS::S3::Bucket",
              "Properties": {
                "AccessControl": "Private",
              }
            }
          }
        }
        """);
    assertThat(json.diagnostics()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("parse-error");
      assertThat(error.range().orElseThrow().startLine()).isEqualTo(7);
    });
    assertThat(json.sources()).hasSize(1);
    UnitResult yaml = Templates.analyze(folder, "broken.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Function:
            Type: AWS::Serverless::Function
        MappingRestEdge:curc
          Other: 1
        """);
    assertThat(yaml.diagnostics()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("parse-error");
      assertThat(error.range().orElseThrow().startLine()).isBetween(5, 6);
    });
  }

  @Test
  void jsonWithTabsAndCrlfKeepsExactRanges() throws IOException {
    UnitResult result = Templates.analyze(folder, "t.json", "{\r\n\t\"Resources\": {\r\n\t\t\"Db\": {\r\n"
        + "\t\t\t\"Type\": \"AWS::RDS::DBInstance\",\r\n\t\t\t\"Properties\": {\"PubliclyAccessible\": true}\r\n"
        + "\t\t}\r\n\t}\r\n}\r\n");
    Resource db = Templates.resource(result, "Db");
    assertThat(db.range()).isEqualTo(Range.ofLine("t.json", 5, 4, 16));
    assertThat(db.attribute("PubliclyAccessible").orElseThrow().range())
        .isEqualTo(Range.ofLine("t.json", 5, 19, 45));
    DatabaseInstance model = (DatabaseInstance) result.models().get(0);
    assertThat(model.publiclyAccessible().isTrue()).isTrue();
  }

  @Test
  void flowStyleNestedChoicesKeepTheRangeOfEachBranch() throws IOException {
    UnitResult result = Templates.analyze(folder, "t.yaml", """
        Parameters:
          A: {Type: String}
        Conditions:
          C1: !Equals [!Ref A, x]
          C2: !Equals [!Ref A, y]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              Notification: !If [C1, {Event: !Ref A, Filter: !If [C2, {S3Key: {Rules: [{Name: prefix, Value: !Ref A}]}}, !Ref 'AWS::NoValue']}, !Ref 'AWS::NoValue']
        """);
    Value notification = Templates.property(result, "Bucket", "Notification").orElseThrow();
    assertThat(notification.range()).isEqualTo(Range.ofLine("t.yaml", 10, 21, 157));
    Value first = ((UnknownValue) notification).alternatives().get(0).value();
    assertThat(first.asMap().orElseThrow().get("Filter").orElseThrow().range())
        .isEqualTo(Range.ofLine("t.yaml", 10, 54, 134));
  }

  @Test
  void parametersDependsOnAndOutputsJoinTheGraph() throws IOException {
    UnitResult result = Templates.analyze(folder, "t.yaml", """
        Parameters:
          Name: {Type: String, Default: logs}
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Ref Name
          App:
            Type: AWS::S3::Bucket
            DependsOn: [Logs]
        Outputs:
          LogsArn:
            Value: !GetAtt Logs.Arn
        """);
    assertThat(result.resources()).extracting(r -> r.address() + ":" + r.kind())
        .containsExactly("Name:" + ResourceKind.INPUT, "Logs:" + ResourceKind.MANAGED,
            "App:" + ResourceKind.MANAGED, "Outputs.LogsArn:" + ResourceKind.OUTPUT);
    assertThat(result.references()).extracting(r -> r.from().address() + " -" + r.attribute() + "-> "
        + r.to().address())
        .containsExactlyInAnyOrder("App -DependsOn-> Logs", "Outputs.LogsArn -Value-> Logs");
  }

  @Test
  void samTemplatesScanAndUnsupportedConstructsAreNoted() throws IOException {
    UnitResult result = Templates.analyze(folder, "template.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions]
        Globals:
          Function:
            Runtime: python3.12
        Resources:
          Handler:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: src/
              Events:
                Api:
                  Type: Api
                  Properties: {Path: /, Method: get}
          Fn::ForEach::Buckets:
            - Name
            - [a, b]
            - Bucket${Name}:
                Type: AWS::S3::Bucket
          Vpc:
            Type: !Rain::Module ../modules/vpc.yml
        """);
    assertThat(result.resources()).extracting(Resource::address)
        .containsExactly("Handler", "Bucketa", "Bucketb", "ServerlessRestApi");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("unsupported-resource");
    assertThat(result.diagnostics()).noneMatch(d -> d.level() == Diagnostic.Level.ERROR);
  }

  @Test
  void theApisSamCreatesForEventsThatNameNoneAreDeclaredAtTheFirstSuchEvent() throws IOException {
    UnitResult result = Templates.analyze(folder, "template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Globals:
          HttpApi:
            StageName: live
        Resources:
          OnDeclared:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Admin:
                  Type: Api
                  Properties: {RestApiId: !Ref Admin, Path: /, Method: get}
          Implicit:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Queue:
                  Type: SQS
                  Properties: {Queue: arn:aws:sqs:eu-west-1:123456789012:jobs}
                Http:
                  Type: HttpApi
                Rest:
                  Type: Api
                  Properties: {Path: /, Method: get}
                Again:
                  Type: Api
                  Properties: {Path: /again, Method: get}
          Admin:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
        """);
    assertThat(result.resources()).extracting(Resource::address)
        .containsExactly("OnDeclared", "Implicit", "Admin", "ServerlessHttpApi", "ServerlessRestApi");
    Resource http = result.resources().get(3);
    assertThat(http.type()).isEqualTo("AWS::Serverless::HttpApi");
    assertThat(http.range().startLine()).isEqualTo(21);
    assertThat(http.attributes().get("StageName").flatMap(Value::asString)).contains("live");
    Resource rest = result.resources().get(4);
    assertThat(rest.type()).isEqualTo("AWS::Serverless::Api");
    assertThat(rest.range().startLine()).isEqualTo(23);
  }

  @Test
  void aStateMachinesApiEventMakesSamCreateTheImplicitRestApiToo() throws IOException {
    UnitResult result = Templates.analyze(folder, "template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Workflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              Events:
                Start:
                  Type: Api
                  Properties: {Path: /start, Method: post}
        """);
    assertThat(result.resources()).extracting(Resource::address).containsExactly("Workflow", "ServerlessRestApi");
  }

  @Test
  void aTemplateThatDeclaresTheImplicitApisLogicalIdHasNoImplicitApi() throws IOException {
    UnitResult result = Templates.analyze(folder, "template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Handler:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Rest:
                  Type: Api
          ServerlessRestApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
        """);
    assertThat(result.resources()).extracting(Resource::address).containsExactly("Handler", "ServerlessRestApi");
    assertThat(result.resources().get(1).range().startLine()).isEqualTo(11);
  }

  @Test
  void aLogicalIdDeclaredTwiceIsItsLastDeclarationAsCloudFormationDeploysIt() throws IOException {
    UnitResult result = Templates.analyze(folder, "twice.yaml", """
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              PubliclyAccessible: false
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              PubliclyAccessible: true
        """);
    assertThat(result.resources()).singleElement()
        .satisfies(db -> assertThat(db.declaration().startLine()).isEqualTo(6));
    DatabaseInstance db = (DatabaseInstance) result.models().get(0);
    assertThat(db.publiclyAccessible().isTrue()).isTrue();
    assertThat(result.diagnostics()).singleElement().satisfies(warning -> {
      assertThat(warning.code()).isEqualTo("duplicate-resource");
      assertThat(warning.level()).isEqualTo(Diagnostic.Level.WARNING);
      assertThat(warning.message()).contains("`Db`", "last declaration");
      assertThat(warning.range()).hasValueSatisfying(at -> assertThat(at.startLine()).isEqualTo(6));
    });
  }

  @Test
  void aliasBombsAreALimitNotAnOutage() throws IOException {
    StringBuilder text = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\na: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char level = 'b'; level <= 'h'; level++) {
      char previous = (char) (level - 1);
      text.append(level).append(": &").append(level).append(" [").append(("*" + previous + ", ").repeat(8))
          .append('*').append(previous).append("]\n");
    }
    text.append("Resources:\n  B:\n    Type: AWS::S3::Bucket\n");
    UnitResult result = Templates.analyze(folder, "bomb.yaml", text.toString(),
        ScanSettings.builder().maxAliasExpansion(10_000).build());
    assertThat(result.resources()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("limit-exceeded");
  }

  @Test
  void parameterFilesOverrideDefaults() throws IOException {
    Path parameters = Files.writeString(folder.resolve("params.json"),
        "[{\"ParameterKey\": \"Public\", \"ParameterValue\": \"false\"}]");
    String template = """
        Parameters:
          Public: {Type: String, Default: "true"}
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              PubliclyAccessible: !Ref Public
        """;
    DatabaseInstance withDefault = (DatabaseInstance) Templates.analyze(folder, "t.yaml", template).models().get(0);
    assertThat(withDefault.publiclyAccessible().isTrue()).isTrue();
    UnitResult overridden = Templates.analyze(folder, "t.yaml", template,
        ScanSettings.builder().cloudFormationParameterFile(parameters).build());
    DatabaseInstance model = (DatabaseInstance) overridden.models().get(0);
    assertThat(model.publiclyAccessible().isFalse()).isTrue();
    assertThat(model.publiclyAccessible().origin()).singleElement()
        .satisfies(hop -> assertThat(hop.message()).isEqualTo("value in the parameters file of parameter `Public`"));
  }
}
