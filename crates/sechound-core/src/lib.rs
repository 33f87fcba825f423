//! The sechound vocabulary: plain data shared by every stage of the pipeline.
//!
//! Nothing here reads files or prints; the engine produces these values and the renderers read them.

pub mod branch;
pub mod checks;
pub mod checks_config;
pub mod config;
pub mod consistency;
pub mod coverage;
pub mod exposure;
pub mod finding;
pub mod fingerprint;
pub mod gap;
pub mod ids;
pub mod live;
pub mod mask;
pub mod paths;
pub mod project;
pub mod report;
pub mod rule;
pub mod sections;
pub mod severity;
pub mod strength;
pub mod taxonomy;
pub mod tracking;

pub use branch::{BranchReview, ChangedFile, DependencyChange, FileChange, RouteChange};
pub use checks::{ChecksRun, Failure, ProblemCounts, StepKind, StepResult, StepStatus, TestCounts};
pub use config::{Config, ConfigError, FailOn};
pub use exposure::{ExposedEndpoint, Exposure, Reach, ReachLink};
pub use finding::{
    Evidence, FLOW_SOURCE, Finding, FlowStep, FlowStepKind, FoldedFinding, RootCause, SnippetLine,
    Suppression, Tier,
};
pub use fingerprint::Fingerprint;
pub use gap::{Gap, GapKind};
pub use live::{
    EndpointLive, Exchange, FoundSecret, Header, LiveEvidence, LiveVerdict, NotProbed, ProbeBounds,
    ProbeRun, ServiceRun, SkipReason, SkippedCheck,
};
pub use mask::mask_secret;
pub use report::{
    LanguageStat, Report, ReportStats, RiskLevel, SeverityCounts, SignOff, Summary, Target, Tool,
};
pub use rule::RuleMeta;
pub use sections::{AreaReview, ChecklistGroup, OwaspReview, OwaspStatus, Sections};
pub use severity::{Confidence, Effort, Severity};
pub use strength::Strength;
pub use taxonomy::{Area, Owasp};
pub use tracking::{FixedFinding, Progress, Status, Tracking, track};

/// Version of the JSON report layout; bumped on any incompatible change (see docs/json-schema.md).
pub const SCHEMA_VERSION: u32 = 1;
