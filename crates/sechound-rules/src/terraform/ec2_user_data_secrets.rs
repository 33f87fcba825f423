use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// User data (`user_data` of `aws_instance`, `aws_launch_configuration` and
    /// `aws_launch_template`) written in the code that contains credentials: a provider credential
    /// format (an AWS access key, a GitHub token...), or an assignment to a secret-like name
    /// (`AWS_SECRET_ACCESS_KEY=`, `DB_PASSWORD=`) of a value that looks generated.
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
use crate::secrets::patterns::{find_known, is_secret_name, looks_generated};

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
    for line in text.lines() {
        let line = line.trim().trim_start_matches("export ").trim();
        let Some((name, value)) = line.split_once('=') else {
            continue;
        };
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
        if is_secret_name(name.trim()) && looks_generated(value) {
            what.push(format!("`{}`", name.trim()));
        }
    }
    what.dedup();
    if what.is_empty() {
        return;
    }
    out.report(attr.range.clone(), &format!("it holds {}", what.join(", ")))
        .mask_range(attr.expr.range.clone());
}
