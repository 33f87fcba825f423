use super::yaml::{self, Service};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A data store (PostgreSQL, MySQL/MariaDB, MongoDB, Redis/Valkey, Elasticsearch/OpenSearch,
    /// Vault, RabbitMQ, NATS, Memcached, Cassandra, CouchDB, MinIO, Kafka, ZooKeeper, etcd,
    /// Neo4j, ClickHouse, InfluxDB, SQL Server, CockroachDB, Solr, Meilisearch, Qdrant and other
    /// vector stores...) that publishes a port on every host
    /// interface:
    /// - short syntax without an address, `"5432:5432"`, `- 6379:6379`, `"${DB_PORT:-5432}:5432"`,
    ///   or bound to `0.0.0.0` / `::`;
    /// - long syntax (`target:` / `published:`) without `host_ip` or with `host_ip: 0.0.0.0`;
    /// - a bare container port (`- "5432"`, `target:` without `published:`): Docker then picks a
    ///   random host port, still on every interface (reported with medium confidence).
    ///
    /// The store is recognised by its image (`postgres:16`, `bitnami/redis`,
    /// `docker.elastic.co/elasticsearch/elasticsearch`) or, for a service built from a
    /// Dockerfile, by the service name. One finding per published port. Severity is high when
    /// the service also turns the store's authentication off (`xpack.security.enabled=false`,
    /// `plugins.security.disabled=true`, `POSTGRES_HOST_AUTH_METHOD=trust`,
    /// `ALLOW_EMPTY_PASSWORD=yes`, `MYSQL_ALLOW_EMPTY_PASSWORD=yes`), medium otherwise.
    ///
    /// Recorded as strengths: data stores published on loopback only (`127.0.0.1:5432:5432`),
    /// and data stores not published at all (reachable only on the Compose network).
    ///
    /// ## Why it matters
    /// Ports published by Docker bypass host firewalls such as `ufw` (Docker writes its own
    /// iptables rules), so on a server the database answers the internet. Development stacks
    /// often run these stores with default or no credentials, and scanners find them within
    /// hours.
    ///
    /// ## Not reported
    /// Ports bound to `127.0.0.1`, `::1` or `localhost` (or to an address variable whose default
    /// is loopback), ports bound to one specific address, `expose:` (Compose-network only), and
    /// admin UIs and exporters (`redis-commander`, `mongo-express`, `postgres-exporter`).
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   db:
    ///     image: postgres:16
    ///     ports:
    ///       - "5432:5432"            # reported
    ///   cache:
    ///     image: redis:7.2
    ///     ports:
    ///       - "127.0.0.1:6379:6379"  # fine
    /// ```
    pub struct DatastorePortExposed {
        id: "compose.datastore-port-exposed",
        title: "Data store published on all host interfaces",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [668, 284],
        owasp: A05,
        effort: Minutes,
        impact: "The database, cache or broker is reachable from any network the host is on, past the host firewall; weak or default credentials then give direct access to the data.",
        recommendation: "Do not publish the store: let the application reach it over the Compose network by service name (remove `ports:` or use `expose:`). If you need it from the host, bind it to loopback: `\"127.0.0.1:5432:5432\"` (long syntax: `host_ip: 127.0.0.1`).",
        verification: "`docker compose ps` shows the port as `127.0.0.1:5432->5432/tcp` or not at all, and a connection from another machine to the host's port is refused.",
    }
}

/// Words in an image or service name that mark a data store.
const DATA_STORES: &[(&str, &str)] = &[
    ("postgres", "PostgreSQL"),
    ("postgresql", "PostgreSQL"),
    ("postgis", "PostgreSQL"),
    ("timescaledb", "PostgreSQL"),
    ("pgvector", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("mariadb", "MariaDB"),
    ("percona", "MySQL"),
    ("mongo", "MongoDB"),
    ("mongodb", "MongoDB"),
    ("redis", "Redis"),
    ("valkey", "Valkey"),
    ("keydb", "KeyDB"),
    ("dragonfly", "Dragonfly"),
    ("elasticsearch", "Elasticsearch"),
    ("opensearch", "OpenSearch"),
    ("vault", "Vault"),
    ("rabbitmq", "RabbitMQ"),
    ("nats", "NATS"),
    ("memcached", "Memcached"),
    ("cassandra", "Cassandra"),
    ("couchdb", "CouchDB"),
    ("couchbase", "Couchbase"),
    ("minio", "MinIO"),
    ("kafka", "Kafka"),
    ("zookeeper", "ZooKeeper"),
    ("etcd", "etcd"),
    ("neo4j", "Neo4j"),
    ("clickhouse", "ClickHouse"),
    ("influxdb", "InfluxDB"),
    ("mssql", "SQL Server"),
    ("arangodb", "ArangoDB"),
    ("cockroach", "CockroachDB"),
    ("cockroachdb", "CockroachDB"),
    ("scylla", "ScyllaDB"),
    ("solr", "Solr"),
    ("meilisearch", "Meilisearch"),
    ("typesense", "Typesense"),
    ("qdrant", "Qdrant"),
    ("weaviate", "Weaviate"),
    ("milvus", "Milvus"),
    ("chromadb", "Chroma"),
];

/// Words that mark a tool around a data store rather than the store itself.
const NOT_STORES: &[&str] = &[
    "exporter",
    "commander",
    "express",
    "ui",
    "web",
    "admin",
    "insight",
    "insights",
    "connect",
    "rest",
    "proxy",
    "backup",
    "operator",
    "client",
    "cli",
    "browser",
    "dashboards",
    "kibana",
    "head",
    "hq",
    "seed",
    "migrate",
    "migrations",
    "init",
];

/// The data store a service runs, by its image or (for a built service) its name.
fn data_store(service: &Service<'_>, src: &str) -> Option<&'static str> {
    let image = service.image(src).map(|image| expand_defaults(&image));
    let base = image.as_deref().map(|image| {
        let name = image.split('@').next().unwrap_or(image);
        let last = name.rsplit('/').next().unwrap_or(name);
        last.split(':').next().unwrap_or(last).to_ascii_lowercase()
    });
    let (subject, by_name) = match base {
        Some(base) if !base.is_empty() && !base.contains('$') => (base, false),
        _ if service.builds(src) || image.is_some() => (service.name.to_ascii_lowercase(), true),
        _ => return None,
    };
    let words: Vec<&str> = subject
        .split(['-', '_', '.'])
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| NOT_STORES.contains(w)) {
        return None;
    }
    // A built service is a store only when its name says nothing else: `postgres`, `redis-cache`,
    // `mysql-db`, not `redis-worker`.
    const NAME_SUFFIXES: &[&str] = &[
        "db", "database", "server", "primary", "master", "replica", "node", "cache", "data",
        "store", "main", "local", "dev", "test",
    ];
    if by_name
        && !words
            .iter()
            .skip(1)
            .all(|w| NAME_SUFFIXES.contains(w) || w.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    if by_name {
        return words.first().and_then(|w| {
            DATA_STORES
                .iter()
                .find(|(word, _)| word == w)
                .map(|(_, label)| *label)
        });
    }
    words.iter().find_map(|w| {
        DATA_STORES
            .iter()
            .find(|(word, _)| word == w)
            .map(|(_, label)| *label)
    })
}

/// The setting that turns the store's authentication off, if the service has one
/// (`xpack.security.enabled=false`, `POSTGRES_HOST_AUTH_METHOD: trust`...).
fn auth_disabled(service: &Service<'_>, src: &str) -> Option<String> {
    let environment = service.get("environment", src)?;
    let mut entries: Vec<(String, String)> = yaml::pairs(environment, src)
        .into_iter()
        .filter_map(|p| Some((p.key, yaml::scalar(p.value?, src)?)))
        .collect();
    entries.extend(yaml::items(environment).into_iter().filter_map(|item| {
        let entry = yaml::scalar(item, src)?;
        let (key, value) = entry.split_once('=')?;
        Some((key.trim().to_string(), value.trim().to_string()))
    }));
    entries.into_iter().find_map(|(key, value)| {
        let k = key.to_ascii_lowercase();
        let v = value.trim().to_ascii_lowercase();
        let off = match k.as_str() {
            "xpack.security.enabled" => v == "false",
            "plugins.security.disabled" | "disable_security_plugin" => v == "true",
            "postgres_host_auth_method" => v == "trust",
            "allow_empty_password"
            | "mysql_allow_empty_password"
            | "mariadb_allow_empty_root_password" => {
                matches!(v.as_str(), "yes" | "true" | "1")
            }
            _ => false,
        };
        off.then(|| format!("{key}={value}"))
    })
}

/// A service that uses the store's image as a client (`command: sh /init-vault.sh`): it is no
/// store itself, so its lack of ports says nothing.
fn runs_a_script(service: &Service<'_>, src: &str) -> bool {
    ["command", "entrypoint"].iter().any(|key| {
        service.get(key, src).is_some_and(|value| {
            let first = yaml::scalar(value, src).or_else(|| {
                yaml::items(value)
                    .first()
                    .and_then(|i| yaml::scalar(*i, src))
            });
            first.is_some_and(|c| {
                let c = c.trim_start();
                ["sh", "bash", "/bin/sh", "/bin/bash", "ash"]
                    .iter()
                    .any(|shell| c == *shell || c.starts_with(&format!("{shell} ")))
                    || c.ends_with(".sh")
            })
        })
    })
}

/// Where a published port listens on the host.
#[derive(Debug, PartialEq)]
enum Binding {
    /// Every interface, with the host port (`None`: a random one).
    All(Option<String>),
    Loopback,
    /// A specific address or one we cannot read (a variable without default).
    Other,
}

/// Replaces `${VAR:-default}` by its default and `${VAR}` / `$VAR` by `$`, so the colons of the
/// interpolation do not split the port spec.
fn expand_defaults(spec: &str) -> String {
    let mut out = String::new();
    let mut rest = spec;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = &after[..end];
        match inner.split_once(":-").or_else(|| inner.split_once('-')) {
            Some((_, default)) => out.push_str(default),
            None => out.push('$'),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

fn is_loopback(address: &str) -> bool {
    let a = address.trim_matches(['[', ']']).to_ascii_lowercase();
    a.starts_with("127.") || a == "::1" || a == "localhost"
}

fn is_all_interfaces(address: &str) -> bool {
    let a = address.trim_matches(['[', ']']);
    a.is_empty() || a == "0.0.0.0" || a == "::"
}

/// `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`.
fn short_binding(spec: &str) -> Binding {
    let spec = expand_defaults(spec.trim());
    let spec = spec.split('/').next().unwrap_or(&spec);
    // An IPv6 address comes in brackets: `[::1]:5432:5432`.
    let (address, ports) = if let Some(rest) = spec.strip_prefix('[') {
        match rest.split_once("]:") {
            Some((address, ports)) => (Some(address.to_string()), ports.to_string()),
            None => return Binding::Other,
        }
    } else {
        let parts: Vec<&str> = spec.split(':').collect();
        match parts.as_slice() {
            [_] | [_, _] => (None, spec.to_string()),
            [address, host, container] => {
                (Some(address.to_string()), format!("{host}:{container}"))
            }
            _ => return Binding::Other,
        }
    };
    let host_port = ports.split_once(':').map(|(host, _)| host.to_string());
    let host_port = host_port.filter(|p| !p.is_empty());
    match address {
        Some(address) if is_loopback(&address) => Binding::Loopback,
        Some(address) if address.contains('$') || !is_all_interfaces(&address) => Binding::Other,
        _ => Binding::All(host_port),
    }
}

/// Long syntax: `{ target, published, host_ip, protocol, mode }`.
fn long_binding(item: Node<'_>, src: &str) -> Binding {
    let field = |key: &str| {
        yaml::pairs(item, src)
            .into_iter()
            .find(|p| p.key == key)
            .and_then(|p| p.value)
            .and_then(|v| yaml::scalar(v, src))
            .map(|v| expand_defaults(&v))
    };
    match field("host_ip") {
        Some(ip) if is_loopback(&ip) => Binding::Loopback,
        Some(ip) if ip.contains('$') || !is_all_interfaces(&ip) => Binding::Other,
        _ => Binding::All(field("published").filter(|p| !p.is_empty())),
    }
}

impl CodeRule for DatastorePortExposed {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Compose
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["stream"]
    }

    fn check<'f>(&self, root: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        for service in yaml::services(root, src) {
            let Some(store) = data_store(&service, src) else {
                continue;
            };
            let name = &service.name;
            let items = service
                .get("ports", src)
                .map(yaml::items)
                .unwrap_or_default();
            if items.is_empty() {
                if service
                    .get("network_mode", src)
                    .and_then(|v| yaml::scalar(v, src))
                    .as_deref()
                    != Some("host")
                    && !runs_a_script(&service, src)
                {
                    cx.strength(
                        service.key,
                        format!("Data store `{name}` ({store}) is not published on the host; only the Compose network reaches it"),
                    );
                }
                continue;
            }
            let no_auth = auth_disabled(&service, src);
            let mut all_loopback = true;
            for item in items {
                let (binding, spec) = match yaml::scalar(item, src) {
                    Some(spec) => (short_binding(&spec), spec),
                    None => (long_binding(item, src), String::new()),
                };
                let Binding::All(host_port) = binding else {
                    all_loopback &= binding == Binding::Loopback;
                    continue;
                };
                all_loopback = false;
                let shown = if spec.is_empty() {
                    String::new()
                } else {
                    format!(" (`{}`)", spec.trim())
                };
                let message = match &host_port {
                    Some(port) if port.contains('$') => format!(
                        "Data store `{name}` ({store}) publishes a host port set by a variable on all interfaces{shown}; bind it to 127.0.0.1 or leave it unpublished."
                    ),
                    Some(port) => format!(
                        "Data store `{name}` ({store}) publishes host port {port} on all interfaces{shown}; bind it to 127.0.0.1 or leave it unpublished."
                    ),
                    None => format!(
                        "Data store `{name}` ({store}) publishes its port on a random host port on all interfaces{shown}; bind it to 127.0.0.1 or leave it unpublished."
                    ),
                };
                // Long syntax spans lines: point at its `published` (or `target`) line.
                let at = ["published", "target"]
                    .iter()
                    .find_map(|key| yaml::pairs(item, src).into_iter().find(|p| p.key == *key))
                    .map(|p| p.node)
                    .unwrap_or(item);
                let message = match &no_auth {
                    Some(setting) => {
                        format!("{message} Its authentication is turned off (`{setting}`).")
                    }
                    None => message,
                };
                let finding = cx.report(at, message);
                if no_auth.is_some() {
                    finding.severity(Severity::High);
                }
                if host_port.is_none() {
                    finding.confidence(Confidence::Medium);
                }
            }
            if all_loopback {
                cx.strength(
                    service.key,
                    format!(
                        "Data store `{name}` ({store}) is published on the loopback interface only"
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Binding, short_binding};

    #[test]
    fn reads_short_port_syntax() {
        assert_eq!(
            short_binding("5432:5432"),
            Binding::All(Some("5432".into()))
        );
        assert_eq!(
            short_binding("0.0.0.0:6379:6379/tcp"),
            Binding::All(Some("6379".into()))
        );
        assert_eq!(short_binding("5432"), Binding::All(None));
        assert_eq!(short_binding("127.0.0.1:5432:5432"), Binding::Loopback);
        assert_eq!(short_binding("[::1]:5432:5432"), Binding::Loopback);
        assert_eq!(short_binding("10.0.0.5:5432:5432"), Binding::Other);
        assert_eq!(
            short_binding("${DB_PORT:-5432}:5432"),
            Binding::All(Some("5432".into()))
        );
        assert_eq!(
            short_binding("${BIND_ADDR:-127.0.0.1}:5432:5432"),
            Binding::Loopback
        );
        assert_eq!(short_binding("${BIND_ADDR}:5432:5432"), Binding::Other);
    }
}
