package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Address functions: {@code cidrsubnet}, {@code cidrsubnets}, {@code cidrhost}, {@code cidrnetmask}. */
final class NetworkFunctions {
  private NetworkFunctions() {}

  static void register(Map<String, Functions.Builtin> into) {
    into.put("cidrsubnet", call -> {
      Cidr prefix = Cidr.parse(call.arity(3).string(0));
      return call.text(prefix.subnet(call.integer(1), BigInteger.valueOf(call.integer(2))).toString());
    });
    into.put("cidrsubnets", NetworkFunctions::cidrsubnets);
    into.put("cidrhost", call -> {
      Cidr prefix = Cidr.parse(call.arity(2).string(0));
      return call.text(prefix.host(BigInteger.valueOf(call.integer(1))));
    });
    into.put("cidrnetmask", call -> {
      Cidr prefix = Cidr.parse(call.arity(1).string(0));
      if (prefix.bits() != 32) {
        throw new EvaluationError("cidrnetmask() takes an IPv4 prefix");
      }
      return call.text(Cidr.format(Cidr.mask(prefix.length(), 32), 32));
    });
  }

  private static Value cidrsubnets(Call call) {
    if (call.size() < 1) {
      throw new EvaluationError("cidrsubnets() takes a prefix");
    }
    Cidr prefix = Cidr.parse(call.string(0));
    List<String> subnets = new ArrayList<>();
    BigInteger next = prefix.address();
    for (int i = 1; i < call.size(); i++) {
      int length = prefix.length() + call.integer(i);
      if (call.integer(i) < 1 || length > prefix.bits()) {
        throw new EvaluationError("cidrsubnets() new bits out of range");
      }
      BigInteger size = BigInteger.ONE.shiftLeft(prefix.bits() - length);
      BigInteger aligned = next.add(size).subtract(BigInteger.ONE).divide(size).multiply(size);
      Cidr subnet = new Cidr(aligned, length, prefix.bits());
      if (!prefix.contains(subnet)) {
        throw new EvaluationError("cidrsubnets() does not fit in the prefix");
      }
      subnets.add(subnet.toString());
      next = aligned.add(size);
    }
    return Values.strings(subnets, call.range());
  }

  /** An address prefix: the address as a number, the prefix length and the address width (32 or 128). */
  record Cidr(BigInteger address, int length, int bits) {
    static Cidr parse(String text) {
      int slash = text.indexOf('/');
      if (slash < 0) {
        throw new EvaluationError("\"" + text + "\" is not in CIDR notation");
      }
      String host = text.substring(0, slash);
      int bits = host.contains(":") ? 128 : 32;
      BigInteger address = bits == 32 ? ipv4(host) : ipv6(host);
      int length;
      try {
        length = Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new EvaluationError("\"" + text + "\" has no prefix length");
      }
      if (length < 0 || length > bits) {
        throw new EvaluationError("\"" + text + "\" has a prefix length out of range");
      }
      return new Cidr(address.and(mask(length, bits)), length, bits);
    }

    private static BigInteger ipv4(String host) {
      String[] parts = host.split("\\.", -1);
      if (parts.length != 4) {
        throw new EvaluationError("\"" + host + "\" is not an IPv4 address");
      }
      long value = 0;
      for (String part : parts) {
        if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
          throw new EvaluationError("\"" + host + "\" is not an IPv4 address");
        }
        value = value * 256 + Integer.parseInt(part);
      }
      return BigInteger.valueOf(value);
    }

    private static BigInteger ipv6(String host) {
      String text = host;
      BigInteger tail = null;
      int lastColon = text.lastIndexOf(':');
      if (text.indexOf('.', lastColon) >= 0) {
        tail = ipv4(text.substring(lastColon + 1));
        text = text.substring(0, lastColon + 1) + "0:0";
      }
      int gap = text.indexOf("::");
      if (gap != text.lastIndexOf("::")) {
        throw new EvaluationError("\"" + host + "\" is not an IPv6 address");
      }
      List<String> groups = new ArrayList<>();
      if (gap < 0) {
        groups.addAll(Arrays.asList(text.split(":", -1)));
      } else {
        List<String> head = gap == 0 ? List.of() : Arrays.asList(text.substring(0, gap).split(":", -1));
        List<String> rest = gap + 2 == text.length() ? List.of()
            : Arrays.asList(text.substring(gap + 2).split(":", -1));
        groups.addAll(head);
        for (int i = head.size() + rest.size(); i < 8; i++) {
          groups.add("0");
        }
        groups.addAll(rest);
      }
      if (groups.size() != 8) {
        throw new EvaluationError("\"" + host + "\" is not an IPv6 address");
      }
      BigInteger value = BigInteger.ZERO;
      for (String group : groups) {
        if (!group.matches("[0-9a-fA-F]{1,4}")) {
          throw new EvaluationError("\"" + host + "\" is not an IPv6 address");
        }
        value = value.shiftLeft(16).or(new BigInteger(group, 16));
      }
      return tail == null ? value : value.shiftRight(32).shiftLeft(32).or(tail);
    }

    static BigInteger mask(int length, int bits) {
      return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
          .xor(BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE));
    }

    Cidr subnet(int newBits, BigInteger number) {
      int newLength = length + newBits;
      if (newBits < 0 || newLength > bits || number.signum() < 0 || number.bitLength() > newBits) {
        throw new EvaluationError("cidrsubnet() arguments out of range");
      }
      return new Cidr(address.or(number.shiftLeft(bits - newLength)), newLength, bits);
    }

    String host(BigInteger number) {
      BigInteger size = BigInteger.ONE.shiftLeft(bits - length);
      BigInteger offset = number.signum() < 0 ? size.add(number) : number;
      if (offset.signum() < 0 || offset.compareTo(size) >= 0) {
        throw new EvaluationError("cidrhost() host number out of range");
      }
      return format(address.add(offset), bits);
    }

    boolean contains(Cidr other) {
      return other.length >= length && other.address.and(mask(length, bits)).equals(address)
          && other.address.add(BigInteger.ONE.shiftLeft(bits - other.length)).compareTo(
              address.add(BigInteger.ONE.shiftLeft(bits - length))) <= 0;
    }

    static String format(BigInteger address, int bits) {
      if (bits == 32) {
        long value = address.longValue();
        return (value >> 24 & 255) + "." + (value >> 16 & 255) + "." + (value >> 8 & 255) + "." + (value & 255);
      }
      String[] groups = new String[8];
      for (int i = 0; i < 8; i++) {
        groups[i] = address.shiftRight(16 * (7 - i)).and(BigInteger.valueOf(0xffff)).toString(16);
      }
      return compress(groups);
    }

    /** RFC 5952 text of an IPv6 address: lower case, no leading zeros, the longest run of zero groups as ::. */
    private static String compress(String[] groups) {
      int bestStart = -1;
      int bestLength = 1;
      int i = 0;
      while (i < groups.length) {
        int j = i;
        while (j < groups.length && groups[j].equals("0")) {
          j++;
        }
        if (j - i > bestLength) {
          bestStart = i;
          bestLength = j - i;
        }
        i = j == i ? i + 1 : j;
      }
      if (bestStart < 0) {
        return String.join(":", groups);
      }
      String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
      String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
      return head + "::" + tail;
    }

    @Override
    public String toString() {
      return format(address, bits) + "/" + length;
    }
  }
}
