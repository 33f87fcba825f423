use super::spec::{AttrTest, Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// `aws_instance`, `aws_launch_template` and `aws_launch_configuration` whose
    /// `metadata_options.http_tokens` is not `"required"`: set to `"optional"`, or left out (the
    /// metadata service then also answers IMDSv1 requests unless the AMI or the account says
    /// otherwise; reported at medium confidence).
    ///
    /// ## Why it matters
    /// IMDSv1 answers any plain GET from the instance: an SSRF in a web application is enough to
    /// steal the role's credentials, as in the Capital One breach. IMDSv2 requires a PUT-issued token
    /// that such requests cannot obtain.
    ///
    /// ## Not reported
    /// Instances with the metadata endpoint turned off (`http_endpoint = "disabled"`), modules that
    /// set the account default (`aws_ec2_instance_metadata_defaults`), and values the model cannot
    /// resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami           = data.aws_ami.al2023.id
    ///   instance_type = "t3.micro"                  # reported: no metadata_options
    /// }
    /// ```
    pub struct Ec2Imdsv1Enabled {
        id: "tf.ec2-imdsv1-enabled",
        title: "EC2 instance metadata reachable without a session token (IMDSv1)",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [918],
        owasp: A05,
        effort: Minutes,
        impact: "A server-side request forgery in any application on the instance can read the instance role's temporary credentials from the metadata service.",
        recommendation: "Add `metadata_options { http_tokens = \"required\"  http_put_response_hop_limit = 1 }` to the instance, launch template or launch configuration (and `aws_ec2_instance_metadata_defaults` with `http_tokens = \"required\"` for the account).",
        verification: "`aws ec2 describe-instances` shows `\"HttpTokens\": \"required\"` under `MetadataOptions`; `curl http://169.254.169.254/latest/meta-data/` without a token returns 401.",
    }
    spec: Spec {
        noun: "EC2 instance configuration",
        resources: &["aws_instance", "aws_launch_template", "aws_launch_configuration"],
        unless: &[Cond::is("metadata_options.http_endpoint", &["disabled"])],
        unless_module: &["aws_ec2_instance_metadata_defaults"],
        test: Test::Attr(AttrTest {
            within: &["metadata_options"],
            block_required: true,
            attr: "http_tokens",
            want: Want::OneOf(&["required"]),
            unset: Some("the metadata service then also answers IMDSv1 requests"),
            soft_unset: true,
        }),
        problem: "allows IMDSv1",
        ..Spec::DEFAULT
    },
}
