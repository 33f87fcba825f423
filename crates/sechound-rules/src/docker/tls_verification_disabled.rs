use super::{instructions, is_dockerfile, program, simple_commands};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// Build steps that turn certificate checking off:
    /// - `curl -k` / `--insecure`, `wget --no-check-certificate`;
    /// - `pip install --trusted-host`, `pip config set global.trusted-host`;
    /// - `npm` / `yarn` / `pnpm config set strict-ssl false`;
    /// - `git config http.sslVerify false` (or `git -c http.sslVerify=false`);
    /// - `ENV` / `ARG` that do the same for every later step or for the running container:
    ///   `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `GIT_SSL_NO_VERIFY`,
    ///   `PIP_TRUSTED_HOST`, `NPM_CONFIG_STRICT_SSL=false`, `CURL_INSECURE`.
    ///
    /// ## Why it matters
    /// Without certificate checks anyone on the network path (a compromised proxy, a hostile
    /// Wi-Fi, a DNS hijack) can substitute the downloaded package or script, and the result
    /// ships in the image. In `ENV`, it also switches the checks off for the application.
    ///
    /// ## Not reported
    /// `curl` without `-k`, `--trusted-host` on `pip download` of local files, and settings
    /// that turn verification on.
    ///
    /// ## Example
    /// ```dockerfile
    /// RUN curl -sSLk https://example.com/tool.tar.gz | tar xz      # reported
    /// ```
    pub struct TlsVerificationDisabled {
        id: "docker.tls-verification-disabled",
        title: "TLS certificate checks turned off in the image build",
        severity: Medium,
        confidence: High,
        area: Dependencies,
        cwe: [295],
        owasp: A08,
        effort: Minutes,
        impact: "A network attacker can swap what the build downloads (packages, scripts, binaries) and the tampered code ends up in the image; set in `ENV`, the running application accepts forged certificates too.",
        recommendation: "Remove the flag or variable; if a corporate proxy re-signs TLS, add its CA certificate to the image (`COPY corp-ca.crt /usr/local/share/ca-certificates/` and `update-ca-certificates`, or `PIP_CERT` / `NODE_EXTRA_CA_CERTS`) instead of turning checks off.",
        verification: "The build succeeds without the flags; `sechound review` no longer reports the Dockerfile.",
    }
}

/// Environment variables that turn certificate checks off, with the values that do it
/// (`None`: any value).
const VARIABLES: &[(&str, Option<&[&str]>)] = &[
    ("NODE_TLS_REJECT_UNAUTHORIZED", Some(&["0"])),
    ("PYTHONHTTPSVERIFY", Some(&["0"])),
    ("GIT_SSL_NO_VERIFY", None),
    ("PIP_TRUSTED_HOST", None),
    ("NPM_CONFIG_STRICT_SSL", Some(&["false", "0"])),
    ("YARN_STRICT_SSL", Some(&["false", "0"])),
    ("CURL_INSECURE", None),
    ("REQUESTS_CA_BUNDLE", Some(&[""])),
];

/// What a simple command does to turn checks off, if anything.
fn insecure(command: &[String]) -> Option<String> {
    let (name, args) = program(command)?;
    let has = |flag: &str| args.iter().any(|a| a == flag);
    match name {
        "curl" => {
            let short_k = args
                .iter()
                .any(|a| a.starts_with('-') && !a.starts_with("--") && a[1..].contains('k'));
            (short_k || has("--insecure")).then(|| "`curl -k` (`--insecure`)".to_string())
        }
        "wget" => {
            has("--no-check-certificate").then(|| "`wget --no-check-certificate`".to_string())
        }
        "pip" | "pip3" | "pipx" | "uv" => {
            if args
                .iter()
                .any(|a| a == "--trusted-host" || a.starts_with("--trusted-host="))
            {
                return Some(format!("`{name} --trusted-host`"));
            }
            (has("config") && args.iter().any(|a| a.ends_with("trusted-host")))
                .then(|| format!("`{name} config set trusted-host`"))
        }
        "python" | "python3" => (has("-m")
            && args.iter().any(|a| a == "pip")
            && args
                .iter()
                .any(|a| a == "--trusted-host" || a.starts_with("--trusted-host=")))
        .then(|| "`pip --trusted-host`".to_string()),
        "npm" | "yarn" | "pnpm" => {
            let strict = args
                .iter()
                .position(|a| a == "strict-ssl" || a == "strictSSL");
            match strict {
                Some(i) if has("config") && args.get(i + 1).is_some_and(|v| v == "false") => {
                    Some(format!("`{name} config set strict-ssl false`"))
                }
                _ if args.iter().any(|a| a == "--strict-ssl=false") => {
                    Some(format!("`{name} --strict-ssl=false`"))
                }
                _ => None,
            }
        }
        "git" => {
            let lowered: Vec<String> = args.iter().map(|a| a.to_ascii_lowercase()).collect();
            let config = lowered
                .iter()
                .position(|a| a == "http.sslverify")
                .is_some_and(|i| lowered.get(i + 1).is_some_and(|v| v == "false" || v == "0"));
            let inline = lowered.iter().any(|a| a == "http.sslverify=false");
            (config || inline).then(|| "`git http.sslVerify false`".to_string())
        }
        _ => None,
    }
}

/// `KEY=value` pairs of an `ENV` or `ARG` (also the legacy `ENV KEY value`).
fn pairs(args: &str) -> Vec<(String, String)> {
    let words =
        shlex::split(args).unwrap_or_else(|| args.split_whitespace().map(str::to_string).collect());
    if words.len() >= 2 && !words[0].contains('=') {
        return vec![(words[0].clone(), words[1..].join(" "))];
    }
    words
        .iter()
        .filter_map(|w| w.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

impl FileRule for TlsVerificationDisabled {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_dockerfile(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        for instruction in instructions(file) {
            let found: Vec<String> = match instruction.keyword.as_str() {
                "RUN" => simple_commands(&instruction.args)
                    .iter()
                    .filter_map(|c| insecure(c))
                    .collect(),
                "ENV" | "ARG" => pairs(&instruction.args)
                    .into_iter()
                    .filter(|(key, value)| {
                        VARIABLES.iter().any(|(name, bad)| {
                            key.eq_ignore_ascii_case(name)
                                && bad.is_none_or(|values| {
                                    values.iter().any(|b| value.trim().eq_ignore_ascii_case(b))
                                })
                        })
                    })
                    .map(|(key, value)| format!("`{key}={value}`"))
                    .collect(),
                _ => continue,
            };
            if found.is_empty() {
                continue;
            }
            let scope = if instruction.keyword == "ENV" {
                " for every later build step and for the running container"
            } else {
                ""
            };
            cx.report(
                instruction.range.clone(),
                format!(
                    "{} {} TLS certificate checking off{scope}.",
                    found.join(", "),
                    if found.len() > 1 { "turn" } else { "turns" }
                ),
            );
        }
    }
}
