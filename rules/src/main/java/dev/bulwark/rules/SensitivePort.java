package dev.bulwark.rules;

import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import java.util.Comparator;
import java.util.List;

/**
 * A port whose service must not face the internet: remote administration, file sharing, directories, control planes,
 * databases, message brokers and caches. The list follows the services that peer scanners check one by one (for
 * example the open-port checks of CloudSploit and Trivy, KICS's sensitive ports) and the data stores most often found
 * exposed; services meant to face the internet (HTTP, mail, DNS) are not on it.
 */
record SensitivePort(int port, String service, List<Protocol> protocols) {

  static final List<SensitivePort> ALL = List.of(
      tcp(20, "FTP data"),
      tcp(21, "FTP"),
      tcp(22, "SSH"),
      tcp(23, "Telnet"),
      udp(69, "TFTP"),
      both(111, "rpcbind"),
      tcp(135, "Windows RPC"),
      udp(137, "NetBIOS"),
      udp(138, "NetBIOS"),
      tcp(139, "NetBIOS"),
      udp(161, "SNMP"),
      both(389, "LDAP"),
      tcp(445, "SMB"),
      tcp(636, "LDAPS"),
      tcp(873, "rsync"),
      tcp(1433, "SQL Server"),
      udp(1434, "SQL Server Browser"),
      tcp(1521, "Oracle"),
      tcp(1522, "Oracle"),
      both(2049, "NFS"),
      tcp(2181, "ZooKeeper"),
      tcp(2375, "Docker daemon"),
      tcp(2376, "Docker daemon over TLS"),
      tcp(2379, "etcd"),
      tcp(2380, "etcd peers"),
      tcp(2383, "SQL Server Analysis Services"),
      tcp(3306, "MySQL"),
      both(3389, "RDP"),
      tcp(4505, "Salt master"),
      tcp(4506, "Salt master"),
      tcp(5432, "PostgreSQL"),
      tcp(5439, "Redshift"),
      tcp(5500, "VNC client"),
      tcp(5601, "Kibana"),
      tcp(5672, "AMQP (RabbitMQ)"),
      tcp(5900, "VNC"),
      tcp(5984, "CouchDB"),
      tcp(5985, "WinRM"),
      tcp(5986, "WinRM over HTTPS"),
      tcp(6379, "Redis"),
      tcp(7000, "Cassandra"),
      tcp(7001, "Cassandra"),
      tcp(7199, "Cassandra JMX"),
      tcp(7474, "Neo4j"),
      tcp(7687, "Neo4j Bolt"),
      tcp(8020, "HDFS"),
      tcp(8086, "InfluxDB"),
      tcp(9000, "HDFS NameNode, ClickHouse, PHP-FPM"),
      tcp(9042, "Cassandra"),
      tcp(9092, "Kafka"),
      tcp(9160, "Cassandra Thrift"),
      tcp(9200, "Elasticsearch"),
      tcp(9300, "Elasticsearch"),
      tcp(10250, "Kubernetes kubelet"),
      both(11211, "Memcached"),
      tcp(15672, "RabbitMQ management"),
      tcp(27017, "MongoDB"),
      tcp(27018, "MongoDB"),
      tcp(27019, "MongoDB"),
      tcp(50070, "HDFS NameNode web UI"),
      tcp(50470, "HDFS NameNode web UI"),
      tcp(61620, "Cassandra OpsCenter"),
      tcp(61621, "Cassandra OpsCenter agent"));

  private static SensitivePort tcp(int port, String service) {
    return new SensitivePort(port, service, List.of(Protocol.TCP));
  }

  private static SensitivePort udp(int port, String service) {
    return new SensitivePort(port, service, List.of(Protocol.UDP));
  }

  private static SensitivePort both(int port, String service) {
    return new SensitivePort(port, service, List.of(Protocol.TCP, Protocol.UDP));
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
