package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
  @TempDir
  Path folder;

  private UnitResult analyze(String properties) throws IOException {
    return Templates.analyze(folder, "t.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Env:
            Type: String
            Default: prod
            AllowedValues: [dev, prod]
          Size:
            Type: Number
            Default: 40
          Zones:
            Type: CommaDelimitedList
            Default: "a,b,c"
          Unset:
            Type: String
        Mappings:
          Sizes:
            prod:
              Volume: 100
            dev:
              Volume: 8
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          IsDev: !Not [!Condition IsProd]
          Both: !And [!Condition IsProd, !Equals [!Ref Unset, x]]
          Either: !Or [!Condition IsProd, !Equals [!Ref Unset, x]]
          Undecided: !Equals [!Ref Unset, x]
          Loop: !Condition Loop
        Resources:
          Thing:
            Type: AWS::Test::Thing
            Properties:
        """ + properties.indent(6) + """
          Other:
            Type: AWS::Test::Other
        """);
  }

  private static String text(UnitResult result, String path) {
    return Templates.property(result, "Thing", path).flatMap(Value::asString).orElse("<unknown>");
  }

  @Test
  void refsTakeParameterValuesTypedWithTheirOrigin() throws IOException {
    UnitResult result = analyze("""
        A: !Ref Env
        B: !Ref Size
        C: !Ref Zones
        D: !Ref Unset
        E: !Ref AWS::Region
        F: !Ref AWS::NoValue
        """);
    Value env = Templates.property(result, "Thing", "A").orElseThrow();
    assertThat(env.asString()).contains("prod");
    assertThat(env.range()).isEqualTo(Range.ofLine("t.yaml", 32, 10, 18));
    assertThat(env.origin()).singleElement().satisfies(hop -> {
      assertThat(hop.message()).isEqualTo("default of parameter `Env`");
      assertThat(hop.range().startLine()).isEqualTo(5);
    });
    assertThat(Templates.property(result, "Thing", "B").flatMap(Value::asNumber)).contains(BigDecimal.valueOf(40));
    assertThat(Templates.property(result, "Thing", "C").flatMap(Value::asList).map(List::size)).contains(3);
    assertThat(Templates.property(result, "Thing", "D")).containsInstanceOf(UnknownValue.class);
    assertThat(Templates.property(result, "Thing", "E")).containsInstanceOf(UnknownValue.class);
    assertThat(Templates.property(result, "Thing", "F")).containsInstanceOf(NullValue.class);
  }

  @Test
  void aSystemsManagerParameterIsTheValueStoredUnderItsNameSoUnknown() throws IOException {
    UnitResult result = Templates.analyze(folder, "ssm.yaml", """
        Parameters:
          SshCidr:
            Type: AWS::SSM::Parameter::Value<String>
            Default: /corp/ssh-cidr
        Resources:
          Thing:
            Type: AWS::Test::Thing
            Properties:
              Cidr: !Ref SshCidr
              Sub: !Sub "${SshCidr}/x"
        """);
    assertThat(Templates.property(result, "Thing", "Cidr")).containsInstanceOf(UnknownValue.class);
    assertThat(Templates.property(result, "Thing", "Sub")).containsInstanceOf(UnknownValue.class);
  }

  @Test
  void stringFunctionsComputeOverKnownValues() throws IOException {
    UnitResult result = analyze("""
        Sub: !Sub "${Env}-${AWS::Region}"
        SubKnown: !Sub "app-${Env}-${!Literal}"
        SubVars: !Sub ["${A}/${B}", {A: x, B: !Ref Env}]
        Join: !Join ["-", [a, !Ref Env, !Ref AWS::NoValue, c]]
        Select: !Select [1, !Ref Zones]
        Split: !Select [2, !Split [",", "x,y,z"]]
        Map: !FindInMap [Sizes, !Ref Env, Volume]
        Base64: !Base64 hello
        Azs: !GetAZs ""
        Import: !ImportValue shared-vpc
        Cidr: !Cidr [10.0.0.0/16, 4, 8]
        Transform: !Transform {Name: AWS::Include, Parameters: {Location: !Sub "s3://${Env}/x.yaml"}}
        """);
    assertThat(text(result, "Sub")).isEqualTo("<unknown>");
    assertThat(text(result, "SubKnown")).isEqualTo("app-prod-${Literal}");
    assertThat(text(result, "SubVars")).isEqualTo("x/prod");
    assertThat(text(result, "Join")).isEqualTo("a-prod-c");
    assertThat(text(result, "Select")).isEqualTo("b");
    assertThat(text(result, "Split")).isEqualTo("z");
    assertThat(text(result, "Map")).isEqualTo("100");
    assertThat(Templates.property(result, "Thing", "Map").orElseThrow().origin())
        .extracting(hop -> hop.message()).containsExactly("value in mapping `Sizes`");
    assertThat(text(result, "Base64")).isEqualTo("aGVsbG8=");
    assertThat(text(result, "Azs")).isEqualTo("<unknown>");
    assertThat(text(result, "Import")).isEqualTo("<unknown>");
    assertThat(text(result, "Cidr")).isEqualTo("<unknown>");
    assertThat(text(result, "Transform")).isEqualTo("<unknown>");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void conditionsDecideWhatTheyCanAndKeepBothBranchesOtherwise() throws IOException {
    UnitResult result = analyze("""
        Prod: !If [IsProd, yes-prod, not-prod]
        Dev: !If [IsDev, yes-dev, not-dev]
        Both: !If [Both, t, f]
        Either: !If [Either, t, f]
        Undecided: !If [Undecided, t, f]
        Loop: !If [Loop, t, f]
        Nested: {"Fn::If": ["IsProd", {"Fn::If": ["IsDev", a, b]}, c]}
        """);
    assertThat(text(result, "Prod")).isEqualTo("yes-prod");
    assertThat(Templates.property(result, "Thing", "Prod").orElseThrow().origin())
        .extracting(hop -> hop.message()).containsExactly("condition `IsProd` is true");
    assertThat(text(result, "Dev")).isEqualTo("not-dev");
    assertThat(text(result, "Both")).isEqualTo("<unknown>");
    assertThat(text(result, "Either")).isEqualTo("t");
    assertThat(text(result, "Nested")).isEqualTo("b");
    UnknownValue undecided = (UnknownValue) Templates.property(result, "Thing", "Undecided").orElseThrow();
    assertThat(undecided.alternatives()).extracting(UnknownValue.Alternative::condition)
        .containsExactly("condition `Undecided` is true", "condition `Undecided` is false");
    assertThat(undecided.alternatives()).extracting(choice -> choice.value().asString().orElseThrow())
        .containsExactly("t", "f");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("condition-cycle");
  }

  @Test
  void referencesToResourcesBecomeEdgesWithTheirAttributePath() throws IOException {
    UnitResult result = analyze("""
        A: !Ref Other
        B: !GetAtt Other.Arn
        C: {"Fn::GetAtt": [Other, Arn]}
        D: !Sub "${Other.Arn}/x"
        E:
          - Nested: !Ref Other
        """);
    assertThat(result.references()).extracting(r -> r.from().address() + " -" + r.attribute() + "-> "
        + r.to().address())
        .containsExactly("Thing -A-> Other", "Thing -B-> Other", "Thing -C-> Other", "Thing -D-> Other",
            "Thing -E[0].Nested-> Other");
  }

  @Test
  void unknownTagsAreUnknownWithOneDiagnosticEach() throws IOException {
    UnitResult result = analyze("""
        A: !Rain::Embed script.sh
        B: !Rain::Embed other.sh
        C: !Rain::S3 file.zip
        """);
    assertThat(Templates.property(result, "Thing", "A")).containsInstanceOf(UnknownValue.class);
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unsupported-intrinsic"))
        .extracting(Diagnostic::message)
        .containsExactly("`!Rain::Embed` is not a CloudFormation intrinsic function; its value is unknown",
            "`!Rain::S3` is not a CloudFormation intrinsic function; its value is unknown");
  }

  @Test
  void aRefToNothingTheTemplateDeclaresIsUnknownWithOneDiagnostic() throws IOException {
    UnitResult result = analyze("""
        A: !Ref Missing
        B: !Ref Missing
        C: !Ref AWS::Region
        D: !Ref Other
        """);
    assertThat(Templates.property(result, "Thing", "A")).containsInstanceOf(UnknownValue.class);
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unresolved-reference"))
        .extracting(Diagnostic::message)
        .containsExactly("`Ref Missing` names no parameter or resource of this template (CloudFormation rejects the "
            + "template as it is); its value is unknown");
  }
}
