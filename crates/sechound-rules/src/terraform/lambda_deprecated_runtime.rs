use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Lambda functions (`aws_lambda_function`) whose `runtime` AWS has deprecated: Python 3.9 and
    /// older, Node.js 18 and older, Ruby 2.x, Java 8 on Amazon Linux 1, Go 1.x, .NET Core and .NET
    /// 5 to 7, and the Amazon Linux 1 `provided` runtime.
    ///
    /// ## Why it matters
    /// Deprecated runtimes get no more security updates for the language or the operating system
    /// underneath; vulnerabilities found after the deprecation stay open.
    ///
    /// ## Not reported
    /// Container-image functions (no `runtime`), supported runtimes, and values the model cannot
    /// resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lambda_function" "legacy" {
    ///   runtime = "python3.7"                        # reported
    /// }
    /// ```
    pub struct LambdaDeprecatedRuntime {
        id: "tf.lambda-deprecated-runtime",
        title: "Lambda function on a deprecated runtime",
        severity: Medium,
        confidence: High,
        area: Dependencies,
        cwe: [1104],
        owasp: A06,
        effort: Hours,
        impact: "The runtime no longer receives security patches, and AWS blocks updates to functions that use it.",
        recommendation: "Move the function to a supported runtime (`python3.12`, `nodejs22.x`, `java21`...) and test it; keep runtimes in a variable shared by all functions so upgrades happen together.",
        verification: "`aws lambda get-function-configuration --function-name <name>` shows a runtime on the AWS supported list.",
    }
    spec: Spec {
        noun: "Lambda function",
        resources: &["aws_lambda_function"],
        test: Test::attr(
            "runtime",
            Want::NoneOf(&[
                "python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x", "ruby2.5", "ruby2.7", "java8", "go1.x", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "dotnet7", "provided",
            ]),
            None,
        ),
        problem: "runs on a deprecated runtime without security updates",
        ..Spec::DEFAULT
    },
}
