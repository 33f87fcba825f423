//! `declare_rule!`: a rule's struct and its static [`RuleMeta`](crate::RuleMeta) in one place.

/// Declares a rule: a unit struct whose doc comment becomes the rule's documentation, and a
/// `META` constant with its id, title, ranking and taxonomy.
///
/// ```text
/// declare_rule! {
///     /// ## What it finds
///     /// ...
///     pub struct CorsAllowAllOrigins {
///         id: "js.cors-allow-all-origins",
///         title: "CORS allows every origin",
///         severity: Medium, confidence: High,
///         area: ApiEndpoints, cwe: [942], owasp: A05, effort: Minutes,
///         impact: "...", recommendation: "...", verification: "...",
///         // optional: findings reached only through endpoints that require a role are dropped
///         quiet_behind_role: true,
///     }
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            id: $id:literal,
            title: $title:literal,
            severity: $severity:ident,
            confidence: $confidence:ident,
            area: $area:ident,
            cwe: [$($cwe:literal),* $(,)?],
            owasp: $owasp:ident,
            effort: $effort:ident,
            impact: $impact:literal,
            recommendation: $recommendation:literal,
            verification: $verification:literal
            $(, quiet_behind_role: $quiet:literal)? $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Default, Clone, Copy)]
        $vis struct $name;

        impl $name {
            pub const META: $crate::RuleMeta = $crate::RuleMeta {
                id: $id,
                title: $title,
                severity: sechound_core::Severity::$severity,
                confidence: sechound_core::Confidence::$confidence,
                area: sechound_core::Area::$area,
                cwe: &[$($cwe),*],
                owasp: sechound_core::Owasp::$owasp,
                effort: sechound_core::Effort::$effort,
                impact: $impact,
                recommendation: $recommendation,
                verification: $verification,
                docs: concat!($($doc, "\n"),*),
                quiet_behind_role: false $(|| $quiet)?,
            };
        }
    };
}
