use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// User data (`user_data` of `aws_instance`, `aws_launch_configuration` and
    /// `aws_launch_template`) written in the code that contains credentials: a provider credential
    /// format (an AWS access key, a GitHub token...), or an assignment to a secret-like name
    /// (`AWS_SECRET_ACCESS_KEY=`, `DB_PASSWORD=`, PHP's `define('DB_PASSWORD', '...')`) of a
    /// literal value that is not a placeholder or a command substitution (a value substituted
    /// from a variable's default counts: it is what the instance receives).
    ///
    /// ## Why it matters
    /// User data is readable by anyone with `ec2:DescribeInstanceAttribute` and by every process on
    /// the instance through the metadata service; it is stored unencrypted and kept in the state.
    ///
    /// ## Not reported
    /// User data read from files (`file()`, `templatefile()`) or built from values the model cannot
    /// resolve, and placeholders.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   user_data = <<-EOF
    ///     export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY   # reported
    ///   EOF
    /// }
    /// ```
    pub struct Ec2UserDataSecrets {
        id: "tf.ec2-user-data-secrets",
        title: "Credentials in EC2 user data",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "Anyone who can describe the instance (or reach its metadata service) reads the credentials; they also sit in the repository and the state.",
        recommendation: "Remove the credentials from user data: give the instance an IAM role (instance profile) for AWS access and have the boot script fetch other secrets from Secrets Manager or SSM Parameter Store at start. Rotate the exposed values.",
        verification: "The user data holds no secret (`aws ec2 describe-instance-attribute --attribute userData` decodes to a script without credentials); the old credentials are revoked.",
    }
    spec: Spec {
        noun: "EC2 instance configuration",
        resources: &["aws_instance", "aws_launch_configuration", "aws_launch_template"],
        test: Test::Code(check),
        problem: "has credentials in its user data",
        ..Spec::DEFAULT
    },
}

use super::model::Value;
use super::values::secret_pair;
use crate::secrets::patterns::{find_known, is_secret_name, looks_generated};
use regex::Regex;
use std::sync::OnceLock;

/// `NAME=value`, `NAME: value`, `'NAME', 'value'` (PHP `define`), `NAME = "value"` pairs of a
/// script.
fn assignments(text: &str) -> Vec<(&str, &str)> {
    static PAIR: OnceLock<Regex> = OnceLock::new();
    let pair = PAIR.get_or_init(|| {
        Regex::new(r#"([A-Za-z_][A-Za-z0-9_.-]*)['"]?\s*(?:=|:|,)\s*['"]?([^'"\s,;)]+)"#)
            .expect("valid pattern")
    });
    pair.captures_iter(text)
        .filter_map(|c| Some((c.get(1)?.as_str(), c.get(2)?.as_str())))
        .collect()
}

fn check(_: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    let Some(attr) = resource.attr("user_data") else {
        return;
    };
    let (Value::Str(text) | Value::Template(text)) = &attr.expr.value else {
        return;
    };
    let mut what: Vec<String> = find_known(text)
        .into_iter()
        .map(|(format, _)| format.name.to_string())
        .collect();
    for (name, value) in assignments(text) {
        // Values in a known format are already named by their format.
        if !find_known(value).is_empty() {
            continue;
        }
        if secret_pair(name, value) || (is_secret_name(name) && looks_generated(value)) {
            what.push(format!("`{name}`"));
        }
    }
    what.dedup();
    if what.is_empty() {
        return;
    }
    out.report(attr.range.clone(), &format!("it holds {}", what.join(", ")))
        .mask_range(attr.expr.range.clone());
}
