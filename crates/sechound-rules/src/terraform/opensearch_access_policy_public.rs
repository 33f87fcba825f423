use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// OpenSearch and Elasticsearch resource policies (`aws_opensearch_domain`, `aws_elasticsearch_domain`, `aws_opensearch_domain_policy`, `aws_elasticsearch_domain_policy`) with an `Allow`
    /// statement for any principal (`Principal = "*"` or `{ AWS = "*" }`) and no `Condition`, read
    /// from `jsonencode`, JSON strings and heredocs, and `data "aws_iam_policy_document"` documents.
    ///
    /// A condition counts when it narrows the caller (an organisation, account, source ARN,
    /// VPC endpoint, IP range or external id); one on MFA or TLS alone does not.
    ///
    /// ## Why it matters
    /// An unconditioned `"*"` principal lets every AWS account, and for some actions anonymous
    /// callers, perform the allowed actions on the resource.
    ///
    /// ## Not reported
    /// Statements with a `Condition` (`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`
    /// usually narrow them), `Deny` statements, and documents the model cannot read.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   access_policies = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" },
    ///     Action = "es:*", Resource = "*" }] })                  # reported
    /// }
    /// ```
    pub struct OpensearchAccessPolicyPublic {
        id: "tf.opensearch-access-policy-public",
        title: "OpenSearch domain policy open to any principal",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [284, 732],
        owasp: A01,
        effort: Minutes,
        impact: "Anyone who reaches the endpoint can query, change or delete the indexed data.",
        recommendation: "Name the roles that use the domain in `Principal`, or restrict an open principal with an `aws:SourceIp` / VPC condition; place the domain in a VPC (`vpc_options`) and turn on fine-grained access control.",
        verification: "`aws opensearch describe-domain-config` shows an access policy with named principals; an unsigned `curl https://<endpoint>/_cat/indices` is refused.",
    }
    spec: Spec {
        noun: "OpenSearch access policy",
        resources: &["aws_opensearch_domain", "aws_elasticsearch_domain", "aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy"],
        test: Test::Code(check),
        problem: "is open to anyone",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    super::policy::report_public(m, resource, out, &["access_policies"]);
}
