use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// HTTPS and TLS listeners (`aws_lb_listener`, `aws_alb_listener`) whose `ssl_policy` allows
    /// TLS 1.0 or 1.1: `ELBSecurityPolicy-2016-08`, `-2015-05`, `-TLS-1-0-2015-04`,
    /// `-TLS-1-1-2017-01`, `-FS-2018-06`, `-FS-1-1-2019-08`, `-TLS13-1-0-2021-06`,
    /// `-TLS13-1-1-2021-06` and their `-Ext` variants.
    ///
    /// ## Why it matters
    /// TLS 1.0 and 1.1 are deprecated (RFC 8996) and fail PCI DSS; policies that keep them also keep
    /// CBC ciphers with known attacks.
    ///
    /// ## Not reported
    /// Listeners without `ssl_policy` (the AWS default depends on when and how the listener was
    /// created), policy names the rule does not know, and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb_listener" "https" {
    ///   protocol   = "HTTPS"
    ///   ssl_policy = "ELBSecurityPolicy-2016-08"        # reported
    /// }
    /// ```
    pub struct LbListenerOldTls {
        id: "tf.lb-listener-old-tls",
        title: "Load balancer listener accepts TLS 1.0 or 1.1",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [326],
        owasp: A02,
        effort: Minutes,
        impact: "Clients can negotiate deprecated TLS versions and weak ciphers, which a network attacker can force and exploit.",
        recommendation: "Set `ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\"` (TLS 1.2 and 1.3) on HTTPS and TLS listeners.",
        verification: "`aws elbv2 describe-listeners` shows the TLS 1.2+ policy; `openssl s_client -tls1_1 -connect <lb-dns>:443` fails.",
    }
    spec: Spec {
        noun: "Load balancer listener",
        resources: &["aws_lb_listener", "aws_alb_listener"],
        test: Test::attr("ssl_policy", Want::Check(modern), None),
        problem: "accepts TLS versions below 1.2",
        ..Spec::DEFAULT
    },
}

/// Whether the policy keeps to TLS 1.2 and later: `None` for names this rule does not know.
fn modern(value: &super::model::Value) -> Option<bool> {
    const OLD: &[&str] = &[
        "ELBSecurityPolicy-2016-08",
        "ELBSecurityPolicy-2015-05",
        "ELBSecurityPolicy-TLS-1-0-2015-04",
        "ELBSecurityPolicy-TLS-1-1-2017-01",
        "ELBSecurityPolicy-FS-2018-06",
        "ELBSecurityPolicy-FS-1-1-2019-08",
        "ELBSecurityPolicy-TLS13-1-0-2021-06",
        "ELBSecurityPolicy-TLS13-1-1-2021-06",
        "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-1-PQ-2025-09",
    ];
    let super::model::Value::Str(name) = value else {
        return None;
    };
    let base = name.trim_end_matches("-Ext");
    if OLD.contains(&base) {
        return Some(false);
    }
    if name.contains("TLS13-1-2")
        || name.contains("TLS13-1-3")
        || name.contains("TLS-1-2")
        || name.contains("FS-1-2")
    {
        return Some(true);
    }
    None
}
