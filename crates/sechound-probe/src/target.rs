//! The probed URL: parsed once, and refused when it points anywhere but this machine unless
//! the caller allows remote targets.

use crate::ProbeError;
use std::net::{IpAddr, ToSocketAddrs};

/// Where every request goes: one scheme, host and port, and an optional path prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub scheme: String,
    /// As written in the URL (`127.0.0.1`, `[::1]`, `localhost`).
    pub host: String,
    pub port: u16,
    /// A path prefix every request path goes under (`/api` for `http://host/api`), without
    /// the trailing slash; empty for none.
    pub prefix: String,
}

impl Target {
    /// Parses `url` and checks that it names a loopback address (`127.0.0.0/8`, `::1`,
    /// `localhost`), unless `allow_remote`.
    pub fn parse(url: &str, allow_remote: bool) -> Result<Target, ProbeError> {
        let bad = |why: &str| ProbeError::Url {
            url: url.to_string(),
            problem: why.to_string(),
        };
        let (scheme, rest) = url
            .split_once("://")
            .ok_or_else(|| bad("expected http://HOST:PORT"))?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(bad("only http and https URLs can be probed"));
        }
        let (authority, path) = match rest.find(['/', '?', '#']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        if path.contains(['?', '#']) {
            return Err(bad(
                "give the service's base URL, without a query or fragment",
            ));
        }
        if authority.contains('@') {
            return Err(bad(
                "credentials in the URL are not supported; use --token or --header",
            ));
        }
        let (host, port) = split_host_port(authority).ok_or_else(|| bad("no host"))?;
        let port = match port {
            Some(p) => p
                .parse::<u16>()
                .ok()
                .filter(|p| *p > 0)
                .ok_or_else(|| bad("the port is not a number from 1 to 65535"))?,
            None if scheme == "https" => 443,
            None => 80,
        };
        let target = Target {
            scheme,
            host: host.to_string(),
            port,
            prefix: path.trim_end_matches('/').to_string(),
        };
        if !allow_remote && !target.is_loopback() {
            return Err(ProbeError::Remote {
                url: url.to_string(),
            });
        }
        Ok(target)
    }

    /// The origin, `http://127.0.0.1:3000`.
    pub fn origin(&self) -> String {
        format!("{}://{}:{}", self.scheme, self.host, self.port)
    }

    /// The URL as the report shows it.
    pub fn display(&self) -> String {
        format!("{}{}", self.origin(), self.prefix)
    }

    /// The full URL of a request path (`/orders/0`), under the prefix.
    pub fn url_of(&self, path: &str) -> String {
        format!("{}{}{}", self.origin(), self.prefix, path)
    }

    /// `host:port` as a socket address can be resolved from.
    pub fn socket_name(&self) -> String {
        let host = self.host.trim_start_matches('[').trim_end_matches(']');
        if host.contains(':') {
            format!("[{host}]:{}", self.port)
        } else {
            format!("{host}:{}", self.port)
        }
    }

    /// True for loopback addresses and `localhost` (when every address it resolves to is a
    /// loopback address).
    pub fn is_loopback(&self) -> bool {
        let bare = self.host.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse::<IpAddr>() {
            return is_loopback_ip(ip);
        }
        if !bare.eq_ignore_ascii_case("localhost") {
            return false;
        }
        match (bare, self.port).to_socket_addrs() {
            Ok(addresses) => {
                let addresses: Vec<_> = addresses.collect();
                !addresses.is_empty() && addresses.iter().all(|a| is_loopback_ip(a.ip()))
            }
            Err(_) => false,
        }
    }
}

fn is_loopback_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// `host:port`, `[v6]:port`, `host`.
fn split_host_port(authority: &str) -> Option<(&str, Option<&str>)> {
    if authority.is_empty() {
        return None;
    }
    if authority.starts_with('[') {
        let end = authority.find(']')?;
        let host = &authority[..=end];
        let rest = &authority[end + 1..];
        return match rest.strip_prefix(':') {
            Some(port) => Some((host, Some(port))),
            None if rest.is_empty() => Some((host, None)),
            None => None,
        };
    }
    match authority.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() => Some((host, Some(port))),
        Some(_) => None,
        None => Some((authority, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_targets_are_accepted_and_others_refused() {
        for url in [
            "http://127.0.0.1:3000",
            "http://127.0.0.5:8000/api/",
            "http://[::1]:8080",
            "http://localhost:3000",
            "https://[::ffff:127.0.0.1]:8443",
        ] {
            assert!(Target::parse(url, false).is_ok(), "{url}");
        }
        for url in [
            "http://10.0.0.5:3000",
            "http://example.com",
            "http://0.0.0.0:3000",
            "http://[2001:db8::1]:80",
            "http://localhost.example.com:3000",
        ] {
            assert!(
                matches!(Target::parse(url, false), Err(ProbeError::Remote { .. })),
                "{url}"
            );
            assert!(Target::parse(url, true).is_ok(), "{url}");
        }
    }

    #[test]
    fn parses_ports_and_prefixes_and_rejects_bad_urls() {
        let t = Target::parse("http://127.0.0.1:3000/api/", false).unwrap();
        assert_eq!(t.port, 3000);
        assert_eq!(t.prefix, "/api");
        assert_eq!(t.url_of("/users/0"), "http://127.0.0.1:3000/api/users/0");
        assert_eq!(Target::parse("http://127.0.0.1", false).unwrap().port, 80);
        assert_eq!(Target::parse("https://[::1]", false).unwrap().port, 443);
        for url in [
            "127.0.0.1:3000",
            "ftp://127.0.0.1",
            "http://user:pw@127.0.0.1:3000",
            "http://127.0.0.1:99999",
            "http://127.0.0.1:3000/?a=1",
            "http://:3000",
        ] {
            assert!(
                matches!(Target::parse(url, true), Err(ProbeError::Url { .. })),
                "{url}"
            );
        }
    }
}
