package dev.bulwark.cloudformation;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A template parameter: its type, its value if one is known (from a parameters file, else its {@code Default}),
 * and its {@code AllowedValues}, which bound what an unknown value can be.
 *
 * @param name          the parameter's name
 * @param declaration   the parameter's entry in {@code Parameters}
 * @param type          e.g. {@code String}, {@code Number}, {@code CommaDelimitedList}
 * @param value         the value's text and where it was given, if known
 * @param allowedValues the allowed values, empty when unconstrained
 */
record Parameter(
    String name, DocNode.Entry declaration, String type, Optional<Given> value, List<String> allowedValues) {

  private static final String SSM_VALUE = "AWS::SSM::Parameter::Value<";

  /** A parameter value as text, located where it was given. */
  record Given(String text, Range range, String source) {}

  /**
   * The parameter's value as CloudFormation passes it to a property referring to it at {@code at}, with the place
   * the value was given as its origin; empty when unknown. The value of an {@code AWS::SSM::Parameter::Value<...>}
   * parameter is the name of a Systems Manager parameter, whose stored value CloudFormation passes: unknown.
   */
  Optional<Value> resolve(Range at) {
    return value.filter(given -> !type.startsWith(SSM_VALUE)).map(given -> {
      RelatedLocation hop = new RelatedLocation(given.range(), given.source() + " of parameter `" + name + "`");
      return typed(given.text(), at).withOriginPrefix(List.of(hop));
    });
  }

  private Value typed(String text, Range at) {
    if (type.equals("Number")) {
      try {
        return new NumberValue(new BigDecimal(text.trim()), at);
      } catch (NumberFormatException e) {
        return new StringValue(text, at);
      }
    }
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      List<Value> items = Arrays.stream(text.split(",", -1))
          .<Value>map(item -> new StringValue(item.trim(), at))
          .toList();
      return new ListValue(items, at);
    }
    return new StringValue(text, at);
  }
}
