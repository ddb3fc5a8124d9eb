package dev.bulwark.rules;

import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import java.util.Comparator;
import java.util.List;

/**
 * A port whose service must not face the internet: remote administration, file sharing, databases and caches.
 */
record SensitivePort(int port, String service, List<Protocol> protocols) {

  static final List<SensitivePort> ALL = List.of(
      tcp(21, "FTP"),
      tcp(22, "SSH"),
      tcp(23, "Telnet"),
      tcp(135, "Windows RPC"),
      new SensitivePort(389, "LDAP", List.of(Protocol.TCP, Protocol.UDP)),
      tcp(636, "LDAPS"),
      new SensitivePort(137, "NetBIOS", List.of(Protocol.UDP)),
      new SensitivePort(138, "NetBIOS", List.of(Protocol.UDP)),
      tcp(139, "NetBIOS"),
      tcp(445, "SMB"),
      new SensitivePort(3389, "RDP", List.of(Protocol.TCP, Protocol.UDP)),
      tcp(5900, "VNC"),
      tcp(5985, "WinRM"),
      tcp(5986, "WinRM over HTTPS"),
      tcp(1433, "SQL Server"),
      new SensitivePort(1434, "SQL Server Browser", List.of(Protocol.UDP)),
      tcp(1521, "Oracle"),
      tcp(2375, "Docker daemon"),
      tcp(2376, "Docker daemon over TLS"),
      tcp(2379, "etcd"),
      tcp(2380, "etcd peers"),
      tcp(2383, "SQL Server Analysis Services"),
      tcp(3306, "MySQL"),
      tcp(5432, "PostgreSQL"),
      tcp(5439, "Redshift"),
      tcp(6379, "Redis"),
      tcp(7000, "Cassandra"),
      tcp(7001, "Cassandra"),
      tcp(5601, "Kibana"),
      tcp(8020, "HDFS"),
      tcp(9042, "Cassandra"),
      tcp(9200, "Elasticsearch"),
      tcp(9300, "Elasticsearch"),
      tcp(9160, "Cassandra Thrift"),
      tcp(10250, "Kubernetes kubelet"),
      tcp(11211, "Memcached"),
      tcp(27017, "MongoDB"),
      tcp(27018, "MongoDB"));

  private static SensitivePort tcp(int port, String service) {
    return new SensitivePort(port, service, List.of(Protocol.TCP));
  }

  /** The sensitive ports that {@code protocol} traffic to {@code ports} reaches, in port order. */
  static List<SensitivePort> reachedBy(Protocol protocol, PortRange ports) {
    return ALL.stream()
        .filter(sensitive -> ports.contains(sensitive.port()))
        .filter(sensitive -> sensitive.protocols().stream().anyMatch(protocol::covers))
        .sorted(Comparator.comparingInt(SensitivePort::port))
        .toList();
  }

  @Override
  public String toString() {
    return port + " (" + service + ")";
  }
}
