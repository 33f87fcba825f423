use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Application load balancer listeners (`aws_lb_listener`, `aws_alb_listener`) on `protocol =
    /// "HTTP"` (or on port 80 with no protocol, whose default is HTTP) whose default action forwards
    /// to targets instead of redirecting to HTTPS, and Classic load balancer listeners (`aws_elb`)
    /// with `lb_protocol = "http"`.
    ///
    /// ## Why it matters
    /// Plain HTTP exposes everything the application sends and receives to anyone on the path, and
    /// lets an attacker inject content into pages.
    ///
    /// ## Not reported
    /// HTTP listeners that redirect (to HTTPS) or answer with a fixed response, listeners of
    /// network load balancers (TCP/UDP/TLS), and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb_listener" "web" {
    ///   port     = 80
    ///   protocol = "HTTP"
    ///   default_action { type = "forward"  target_group_arn = aws_lb_target_group.web.arn }  # reported
    /// }
    /// ```
    pub struct LbListenerHttp {
        id: "tf.lb-listener-http",
        title: "Load balancer serves traffic over plain HTTP",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [319],
        owasp: A02,
        effort: Minutes,
        impact: "Requests and responses, with session cookies, credentials and personal data, cross the internet unencrypted and can be read or altered.",
        recommendation: "Serve the application on an HTTPS listener (`protocol = \"HTTPS\"`, `certificate_arn`, a TLS 1.2+ `ssl_policy`) and turn the HTTP listener into a redirect: `default_action { type = \"redirect\"  redirect { protocol = \"HTTPS\"  port = \"443\"  status_code = \"HTTP_301\" } }`.",
        verification: "`curl -I http://<lb-dns>/` answers 301 to https; `aws elbv2 describe-listeners` shows no HTTP listener forwarding to a target group.",
    }
    spec: Spec {
        noun: "Load balancer listener",
        resources: &["aws_lb_listener", "aws_alb_listener", "aws_elb"],
        test: Test::Code(check),
        problem: "serves plain HTTP",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    if resource.ty() == "aws_elb" {
        for listener in resource.blocks("listener") {
            if listener
                .attr("lb_protocol")
                .and_then(|a| m.str_of(&a.expr))
                .is_some_and(|p| p.eq_ignore_ascii_case("http"))
            {
                out.report(
                    listener.head.clone(),
                    "a listener with `lb_protocol = \"http\"`",
                );
            }
        }
        return;
    }
    let protocol = resource.set("protocol");
    let http = match protocol {
        Some(attr) => m
            .str_of(&attr.expr)
            .is_some_and(|p| p.eq_ignore_ascii_case("HTTP")),
        None => resource
            .attr("port")
            .and_then(|a| m.num_of(&a.expr))
            .is_some_and(|p| p == 80.0),
    };
    if !http {
        return;
    }
    let forwards = resource.blocks("default_action").any(|action| {
        action
            .attr("type")
            .and_then(|t| m.str_of(&t.expr))
            .is_some_and(|t| t == "forward" || t.starts_with("authenticate"))
    });
    if !forwards {
        return;
    }
    let at = protocol.map_or_else(|| resource.head.clone(), |a| a.range.clone());
    out.report(
        at,
        "it forwards HTTP requests to the targets instead of redirecting them to HTTPS",
    );
}
