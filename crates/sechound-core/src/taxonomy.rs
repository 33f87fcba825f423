//! The review areas a reviewer writes under, and the OWASP Top 10 (2021) categories.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The ten areas of a security review, in the order reports present them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    Authentication,
    Authorization,
    DataProtection,
    InputValidation,
    Dependencies,
    ApiEndpoints,
    ConfigurationSecrets,
    Infrastructure,
    Logging,
    Privacy,
}

impl Area {
    pub const ALL: [Area; 10] = [
        Area::Authentication,
        Area::Authorization,
        Area::DataProtection,
        Area::InputValidation,
        Area::Dependencies,
        Area::ApiEndpoints,
        Area::ConfigurationSecrets,
        Area::Infrastructure,
        Area::Logging,
        Area::Privacy,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Area::Authentication => "Authentication & sessions",
            Area::Authorization => "Authorization & access control",
            Area::DataProtection => "Data protection",
            Area::InputValidation => "Input validation & output encoding",
            Area::Dependencies => "Dependencies & third parties",
            Area::ApiEndpoints => "API & endpoints",
            Area::ConfigurationSecrets => "Configuration & secrets",
            Area::Infrastructure => "Infrastructure & networking",
            Area::Logging => "Logging & monitoring",
            Area::Privacy => "Privacy & compliance",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Authentication => "authentication",
            Area::Authorization => "authorization",
            Area::DataProtection => "data-protection",
            Area::InputValidation => "input-validation",
            Area::Dependencies => "dependencies",
            Area::ApiEndpoints => "api-endpoints",
            Area::ConfigurationSecrets => "configuration-secrets",
            Area::Infrastructure => "infrastructure",
            Area::Logging => "logging",
            Area::Privacy => "privacy",
        }
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// OWASP Top 10, 2021 edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Owasp {
    A01,
    A02,
    A03,
    A04,
    A05,
    A06,
    A07,
    A08,
    A09,
    A10,
}

impl Owasp {
    pub const ALL: [Owasp; 10] = [
        Owasp::A01,
        Owasp::A02,
        Owasp::A03,
        Owasp::A04,
        Owasp::A05,
        Owasp::A06,
        Owasp::A07,
        Owasp::A08,
        Owasp::A09,
        Owasp::A10,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Owasp::A01 => "A01:2021",
            Owasp::A02 => "A02:2021",
            Owasp::A03 => "A03:2021",
            Owasp::A04 => "A04:2021",
            Owasp::A05 => "A05:2021",
            Owasp::A06 => "A06:2021",
            Owasp::A07 => "A07:2021",
            Owasp::A08 => "A08:2021",
            Owasp::A09 => "A09:2021",
            Owasp::A10 => "A10:2021",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Owasp::A01 => "Broken Access Control",
            Owasp::A02 => "Cryptographic Failures",
            Owasp::A03 => "Injection",
            Owasp::A04 => "Insecure Design",
            Owasp::A05 => "Security Misconfiguration",
            Owasp::A06 => "Vulnerable and Outdated Components",
            Owasp::A07 => "Identification and Authentication Failures",
            Owasp::A08 => "Software and Data Integrity Failures",
            Owasp::A09 => "Security Logging and Monitoring Failures",
            Owasp::A10 => "Server-Side Request Forgery",
        }
    }
}

impl fmt::Display for Owasp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.id(), self.name())
    }
}
