use super::yaml::{self, Service};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::{Family, Node};
use std::collections::HashSet;

declare_rule! {
    /// ## What it finds
    /// Services that give a container power over the host, one finding per setting:
    /// - high: `privileged: true`; the Docker (or Podman, containerd) socket mounted as a
    ///   volume, short (`/var/run/docker.sock:/var/run/docker.sock[:ro]`) or long syntax
    ///   (`source: /var/run/docker.sock`); `cap_add` with `ALL`, `SYS_ADMIN`, `SYS_MODULE`,
    ///   `SYS_RAWIO` or `DAC_READ_SEARCH` (each a known path out of the container);
    /// - medium: the host's namespaces (`network_mode: host`, `pid: host`, `ipc: host`,
    ///   `userns_mode: host`) and disabled confinement in `security_opt`
    ///   (`seccomp:unconfined`, `apparmor=unconfined`, `label:disable`). These widen what a
    ///   compromised process reaches without handing over the host outright.
    ///
    /// Recorded as strengths: `cap_drop: [ALL]`, `read_only: true`, and
    /// `security_opt: [no-new-privileges:true]`.
    ///
    /// ## Why it matters
    /// A privileged container, or one that can talk to the Docker daemon, is root on the host:
    /// whoever gets code execution in it (a vulnerable dependency, an injection) can start a
    /// container mounting `/` and take over the machine and every other container.
    ///
    /// ## Not reported
    /// `NET_ADMIN`, `NET_RAW`, `SYS_PTRACE` and other narrower capabilities (VPN and monitoring
    /// containers need them; they stay within the container's own namespaces), `privileged:
    /// false`, other sockets and ordinary bind mounts, and the socket mounted into a filtering
    /// socket proxy (`tecnativa/docker-socket-proxy`), which is the recommended way to give
    /// other services limited access (recorded as a strength).
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   agent:
    ///     image: example/agent:1.4
    ///     privileged: true                                   # reported, high
    ///     volumes:
    ///       - /var/run/docker.sock:/var/run/docker.sock:ro   # reported, high
    ///     network_mode: host                                 # reported, medium
    /// ```
    pub struct PrivilegedContainer {
        id: "compose.privileged-container",
        title: "Container given privileges over the host",
        severity: High,
        confidence: High,
        area: Infrastructure,
        cwe: [250, 269],
        owasp: A05,
        effort: Hours,
        impact: "Code execution inside the container becomes control of the host: other containers, their secrets and data, and the machine itself.",
        recommendation: "Remove `privileged`, the Docker socket mount and the broad capabilities; add back only the single capability the process needs (`cap_add: [NET_BIND_SERVICE]` after `cap_drop: [ALL]`). A service that must drive Docker should go through a filtering socket proxy (e.g. `tecnativa/docker-socket-proxy` with only the API sections it uses), and host namespaces should be replaced by published ports or a shared network.",
        verification: "`docker inspect <container>` shows `Privileged: false`, no socket in `Mounts`, no extra `CapAdd` and default `NetworkMode`/`PidMode`; the service still works, and `sechound review` no longer reports it.",
    }
}

/// A socket proxy (`tecnativa/docker-socket-proxy`, `linuxserver/socket-proxy`) holds the
/// socket so that other services get a filtered API instead.
fn is_socket_proxy(service: &Service<'_>, src: &str) -> bool {
    service
        .image(src)
        .is_some_and(|image| image.to_ascii_lowercase().contains("socket-proxy"))
}

/// Capabilities that amount to root on the host.
const HOST_CAPABILITIES: &[&str] = &[
    "ALL",
    "SYS_ADMIN",
    "SYS_MODULE",
    "SYS_RAWIO",
    "DAC_READ_SEARCH",
];

impl CodeRule for PrivilegedContainer {
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
        let services = yaml::services(root, src);
        // A setting in an anchor merged by several services is reported once, at the anchor.
        let mut reported = HashSet::new();
        for service in &services {
            check_service(service, cx, &mut reported);
        }
    }
}

fn check_service<'f>(
    service: &Service<'f>,
    cx: &mut CheckContext<'f>,
    reported: &mut HashSet<usize>,
) {
    let src = cx.src();
    let name = &service.name;
    let mut report = |cx: &mut CheckContext<'f>,
                      node: Node<'f>,
                      mut message: String,
                      severity: Severity| {
        if !service.owns(node) {
            message.push_str(" It is set in a YAML anchor that the service merges (`<<:`), so every service merging it gets it.");
        }
        if reported.insert(node.start_byte()) {
            cx.report(node, message).severity(severity);
        }
    };

    if let Some((pair, Some(value))) = service.pair("privileged", src)
        && yaml::is_true(value, src)
    {
        report(
            cx,
            pair,
            format!(
                "Service `{name}` runs privileged (`privileged: true`): every device and capability of the host is available to it."
            ),
            Severity::High,
        );
    }

    for (key, what) in [
        ("network_mode", "network stack"),
        ("pid", "process namespace"),
        ("ipc", "IPC namespace"),
        ("userns_mode", "user namespace"),
    ] {
        if let Some((pair, Some(value))) = service.pair(key, src)
            && yaml::scalar(value, src).is_some_and(|v| v.eq_ignore_ascii_case("host"))
        {
            report(
                cx,
                pair,
                format!("Service `{name}` shares the host's {what} (`{key}: host`)."),
                Severity::Medium,
            );
        }
    }

    if let Some(volumes) = service.get("volumes", src) {
        for item in yaml::items(volumes) {
            let mut at = item;
            let source = match yaml::scalar(item, src) {
                // `SOURCE:/target[:mode]`; the source may be `${VAR:-/var/run/docker.sock}`.
                Some(short) => short
                    .split(":/")
                    .next()
                    .unwrap_or("")
                    .trim_end_matches('}')
                    .to_string(),
                None => match yaml::pairs(item, src)
                    .into_iter()
                    .find(|p| p.key == "source")
                {
                    Some(pair) => {
                        at = pair.node;
                        pair.value
                            .and_then(|v| yaml::scalar(v, src))
                            .unwrap_or_default()
                    }
                    None => String::new(),
                },
            };
            let source = source.trim();
            let source = source.rsplit(":-").next().unwrap_or(source);
            if let Some(socket) = ["docker.sock", "podman.sock", "containerd.sock"]
                .iter()
                .find(|s| source.ends_with(*s))
            {
                if is_socket_proxy(service, src) {
                    if service.owns(item) {
                        cx.strength(
                            item,
                            format!("Service `{name}` is a filtering Docker socket proxy; other services reach the API through it"),
                        );
                    }
                    continue;
                }
                report(
                    cx,
                    at,
                    format!(
                        "Service `{name}` mounts the container runtime socket `{source}`: it can start a privileged container on the host, read-only mount or not ({socket} is an API, not a file)."
                    ),
                    Severity::High,
                );
            }
        }
    }

    if let Some(caps) = service.get("cap_add", src) {
        for item in yaml::items(caps) {
            let Some(cap) = yaml::scalar(item, src) else {
                continue;
            };
            let upper = cap.trim().to_ascii_uppercase();
            let bare = upper.strip_prefix("CAP_").unwrap_or(&upper);
            if HOST_CAPABILITIES.contains(&bare) {
                report(
                    cx,
                    item,
                    format!(
                        "Service `{name}` adds the capability `{bare}`, which lets a process in the container break out to the host."
                    ),
                    Severity::High,
                );
            }
        }
    }

    if let Some(options) = service.get("security_opt", src) {
        for item in yaml::items(options) {
            let Some(option) = yaml::scalar(item, src) else {
                continue;
            };
            let normal = option.trim().to_ascii_lowercase().replace('=', ":");
            match normal.as_str() {
                "seccomp:unconfined" | "apparmor:unconfined" | "label:disable" => {
                    let profile = normal.split(':').next().unwrap_or("");
                    let what = if profile == "label" {
                        "SELinux labelling"
                    } else if profile == "seccomp" {
                        "the seccomp system-call filter"
                    } else {
                        "the AppArmor profile"
                    };
                    report(
                        cx,
                        item,
                        format!("Service `{name}` turns off {what} (`{}`).", option.trim()),
                        Severity::Medium,
                    );
                }
                "no-new-privileges:true" | "no-new-privileges" if service.owns(item) => {
                    cx.strength(
                        item,
                        format!("Service `{name}` sets `no-new-privileges`: setuid binaries cannot raise its privileges"),
                    );
                }
                _ => {}
            }
        }
    }

    if let Some(drop) = service.get("cap_drop", src)
        && yaml::items(drop).iter().any(|item| {
            yaml::scalar(*item, src).is_some_and(|c| c.trim().eq_ignore_ascii_case("ALL"))
        })
        && service.owns(drop)
    {
        cx.strength(
            drop,
            format!("Service `{name}` drops all Linux capabilities (`cap_drop: [ALL]`)"),
        );
    }

    if let Some((pair, Some(value))) = service.pair("read_only", src)
        && yaml::is_true(value, src)
        && service.owns(pair)
    {
        cx.strength(
            pair,
            format!("Service `{name}` runs with a read-only root filesystem"),
        );
    }
}
