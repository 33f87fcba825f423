use super::sinks::{sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::text;
use sechound_syntax::python::{callee_path, keyword_arg, positional_args};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// - Request data handed to a deserializer that rebuilds arbitrary Python objects:
    ///   `pickle.loads/load` (also `cPickle`, `_pickle`, `cloudpickle`, `dill`), `marshal.loads`,
    ///   `jsonpickle.decode`, `shelve.open`, `joblib.load`, `pandas.read_pickle` (high).
    /// - `yaml.load()` / `yaml.load_all()` without a safe loader, `yaml.unsafe_load()`, or
    ///   `Loader=yaml.Loader`/`UnsafeLoader` (and the `C` variants), whatever the data: medium,
    ///   high when the data is request data. `Loader=yaml.FullLoader` is reported as low: since
    ///   PyYAML 5.4 it no longer runs code, but it still builds Python objects the YAML names.
    ///
    /// ## Why it matters
    /// Unpickling (and the unsafe YAML loaders) call constructors chosen by the data: a crafted
    /// payload runs commands on the server the moment it is loaded.
    ///
    /// ## Not reported
    /// `yaml.safe_load()`, `yaml.load(..., Loader=yaml.SafeLoader | CSafeLoader | BaseLoader)`,
    /// a project-specific loader class (it may derive from `SafeLoader`), and `pickle.loads()`
    /// of data that does not come from the request in the same file (caches, files the service
    /// wrote itself): the rule cannot tell who else can write those stores, so it stays quiet
    /// rather than flag every cache.
    ///
    /// ## Example
    /// ```python
    /// obj = pickle.loads(base64.b64decode(request.cookies["state"]))  # reported, high
    /// cfg = yaml.load(stream)                                         # reported, medium
    /// cfg = yaml.safe_load(stream)                                    # fine
    /// ```
    pub struct UnsafeDeserialization {
        id: "py.unsafe-deserialization",
        title: "Untrusted data deserialized into Python objects",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [502],
        owasp: A08,
        effort: Hours,
        impact: "A crafted payload runs code on the server while it is being loaded, before any validation of the result.",
        recommendation: "Exchange data as JSON (`json.loads`) and validate it (for example with a pydantic model); for YAML use `yaml.safe_load()` or `Loader=yaml.SafeLoader`. If objects must cross a trust boundary, sign them (`itsdangerous`, `hmac.compare_digest` on an HMAC) and refuse unsigned data before unpickling.",
        verification: "Load a payload whose `__reduce__` (or a `!!python/object/apply:os.system` YAML tag) would run a command and check that it is rejected and nothing runs.",
    }
}

/// Deserializers that run code from the data, by dotted callee.
const OBJECT_LOADERS: &[&str] = &[
    "pickle.loads",
    "pickle.load",
    "cPickle.loads",
    "cPickle.load",
    "_pickle.loads",
    "_pickle.load",
    "cloudpickle.loads",
    "cloudpickle.load",
    "dill.loads",
    "dill.load",
    "marshal.loads",
    "marshal.load",
    "jsonpickle.decode",
    "jsonpickle.loads",
    "shelve.open",
    "joblib.load",
    "pd.read_pickle",
    "pandas.read_pickle",
    "torch.load",
];

const SAFE_YAML_LOADERS: &[&str] = &["SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"];
const UNSAFE_YAML_LOADERS: &[&str] = &["Loader", "UnsafeLoader", "CLoader", "CUnsafeLoader"];
const FULL_YAML_LOADERS: &[&str] = &["FullLoader", "CFullLoader"];

impl CodeRule for UnsafeDeserialization {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let data = positional_args(call).first().copied();
        if OBJECT_LOADERS.contains(&path.as_str()) {
            let Some(data) = data.or_else(|| keyword_arg(call, src, "data")) else {
                return;
            };
            if let Some(flow) = tainted_flow(cx, data) {
                let message = format!(
                    "{}: a crafted payload runs code on the server while it is being loaded.",
                    flow.describe(&sink_name(call, src))
                );
                cx.report(call, message).flow(flow.raw.clone());
            }
            return;
        }
        let yaml_call = match path.as_str() {
            "yaml.load" | "yaml.load_all" | "yaml.unsafe_load" | "yaml.unsafe_load_all" => true,
            "load" | "load_all" | "unsafe_load" | "unsafe_load_all" => {
                src.contains("from yaml import")
            }
            _ => false,
        };
        if !yaml_call {
            return;
        }
        let function = path.rsplit('.').next().unwrap_or(&path);
        let loader =
            keyword_arg(call, src, "Loader").or_else(|| positional_args(call).get(1).copied());
        let loader_name = loader.map(|l| {
            let l = text(l, src);
            l.rsplit('.').next().unwrap_or(l).to_string()
        });
        let (severity, detail) = if function.starts_with("unsafe_") {
            (
                Severity::Medium,
                format!("`{path}()` builds any Python object the YAML names"),
            )
        } else {
            match loader_name.as_deref() {
                None => (
                    Severity::Medium,
                    format!(
                        "`{path}()` is called without `Loader=yaml.SafeLoader`; older PyYAML versions then build any Python object the YAML names"
                    ),
                ),
                Some(name) if SAFE_YAML_LOADERS.contains(&name) => return,
                Some(name) if UNSAFE_YAML_LOADERS.contains(&name) => (
                    Severity::Medium,
                    format!(
                        "`{path}()` uses the unsafe `{name}`, which builds any Python object the YAML names"
                    ),
                ),
                Some(name) if FULL_YAML_LOADERS.contains(&name) => (
                    Severity::Low,
                    format!(
                        "`{path}()` uses `{name}`, which still builds Python objects named by the YAML (it ran code before PyYAML 5.4)"
                    ),
                ),
                Some(_) => return,
            }
        };
        // The unsafe load is reported either way; only request data read here raises it.
        let flow = data
            .and_then(|d| tainted_flow(cx, d))
            .filter(|f| !f.is_pending());
        let message = match &flow {
            Some(flow) => format!(
                "{detail}, and the document is request data: {}.",
                flow.describe(&format!("{path}()"))
            ),
            None => format!("{detail}; use `yaml.safe_load()`."),
        };
        let finding = cx.report(call, message);
        if flow.is_some() {
            finding.severity(if severity == Severity::Low {
                Severity::Medium
            } else {
                Severity::High
            });
        } else {
            finding.severity(severity);
            if severity == Severity::Low {
                finding.confidence(Confidence::Medium);
            }
        }
    }
}
