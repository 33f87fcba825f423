//! Composes the facts of every file into the endpoint inventory: resolves routers across
//! imports, joins prefixes from the applications down, and decides each endpoint's
//! authentication from the guards on the way.

use crate::facts::{
    AuthDef, CallRef, ConditionFact, FileFacts, Guard, GuardTarget, HandlerAt, ImportedName,
    MountDecl, MountTarget, RouteDecl,
};
use crate::judge::Judged;
use sechound_core::project::{
    AuthControl, AuthStatus, Condition, Endpoint, Exemption, Framework, GuardLevel, GuardVerdict,
    Method,
};
use sechound_semantic::{FnRef, Program};
use sechound_syntax::value::Value;
use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeSet, HashMap, HashSet};

/// A router: the file it lives in and its local name there.
type NodeId = (usize, String);

/// A guard, with the file it is written in (its names resolve there).
type Placed = (Guard, usize);

/// How deep mounts are followed (a cycle or a very deep tree stops here).
const MAX_DEPTH: usize = 24;

pub(crate) struct Composer<'a> {
    files: &'a [FileFacts],
    program: &'a Program,
    /// Judgements on guards, by the file they are written in.
    judged: RefCell<HashMap<(usize, Guard, bool), Option<Judged>>>,
    by_path: HashMap<&'a str, usize>,
    auth_defs: HashMap<&'a str, Vec<&'a AuthDef>>,
    pub(crate) endpoints: Vec<Endpoint>,
    pub(crate) notes: Vec<String>,
    mounted: BTreeSet<NodeId>,
    /// Where each (file, local name) resolves: asked once per declaration per router visited,
    /// so answers are kept.
    resolved: RefCell<HashMap<(usize, String), NodeId>>,
    /// Every router id some file declares something on (see [`Composer::defines`]).
    defined: OnceCell<HashSet<NodeId>>,
    /// The declarations on each router, from any file, indexed once.
    members: OnceCell<HashMap<NodeId, Members>>,
}

/// Declarations on one router, as (file index, index in that file's list).
#[derive(Default)]
struct Members {
    routes: Vec<(usize, usize)>,
    uses: Vec<(usize, usize)>,
    mounts: Vec<(usize, usize)>,
}

/// What a router inherits from where it is mounted.
#[derive(Clone, Default)]
struct Inherited {
    prefix: String,
    guards: Vec<Placed>,
    /// Conditions the router's inclusion is under.
    conditions: Vec<Condition>,
    /// False when the router's mount point is not known.
    mounted: bool,
    /// The mount's prefix replaces the router's own (Flask blueprints).
    replaces_prefix: bool,
}

impl<'a> Composer<'a> {
    pub(crate) fn new(files: &'a [FileFacts], program: &'a Program) -> Composer<'a> {
        let by_path = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.path.as_str(), i))
            .collect();
        let mut auth_defs: HashMap<&str, Vec<&AuthDef>> = HashMap::new();
        for file in files {
            for def in &file.auth_defs {
                auth_defs.entry(def.name.as_str()).or_default().push(def);
            }
        }
        Composer {
            files,
            program,
            judged: RefCell::new(HashMap::new()),
            by_path,
            auth_defs,
            endpoints: Vec::new(),
            notes: Vec::new(),
            mounted: BTreeSet::new(),
            resolved: RefCell::new(HashMap::new()),
            defined: OnceCell::new(),
            members: OnceCell::new(),
        }
    }

    pub(crate) fn compose(&mut self) {
        // Which routers are mounted somewhere: those are reached from their parents.
        for (index, file) in self.files.iter().enumerate() {
            for mount in &file.mounts {
                if let Some(target) = self.resolve_target(index, &mount.target) {
                    self.mounted.insert(target);
                }
            }
        }
        let mut roots: Vec<(NodeId, bool)> = Vec::new();
        for (index, file) in self.files.iter().enumerate() {
            for owner in owners(file) {
                let id = self.canonical(index, &owner);
                if id.0 != index || self.mounted.contains(&id) {
                    continue;
                }
                let is_app = file.routers.iter().any(|r| r.local == owner && r.is_app);
                if !roots.iter().any(|(r, _)| *r == id) {
                    roots.push((id, is_app));
                }
            }
        }
        for (root, is_app) in roots {
            let inherited = Inherited {
                prefix: self.global_prefix_for(&root),
                guards: self.global_guards(&root),
                conditions: Vec::new(),
                mounted: is_app || !self.mount_matters(&root),
                replaces_prefix: false,
            };
            if !inherited.mounted {
                let file = &self.files[root.0];
                self.notes.push(format!(
                    "`{}` in {} is not mounted anywhere sechound could follow: its paths are shown \
                     relative to its own root, and prefixes or guards added where it is mounted are unknown",
                    root.1, file.path
                ));
            }
            self.visit(&root, inherited, 0, &mut Vec::new());
        }
        // Routes with complete paths (Next.js files, WebSocket servers).
        for (index, file) in self.files.iter().enumerate() {
            for route in file.routes.iter().filter(|r| r.owner.is_none()) {
                let path = route.path.as_deref().map(|p| join("", p));
                let guards = self.global_guards_of(route.framework, path.as_deref());
                let endpoint = self.endpoint(index, route, String::new(), guards, true, &[]);
                self.endpoints.extend(endpoint);
            }
        }
    }

    /// Whether a router's guards could come from where it is mounted (Express, Fastify and
    /// FastAPI routers) rather than only from its own declarations.
    fn mount_matters(&self, node: &NodeId) -> bool {
        matches!(
            self.framework_of(node),
            Some(Framework::Express | Framework::Fastify | Framework::Fastapi | Framework::Flask)
        )
    }

    /// The framework of a router: its declaration's, or that of the routes declared on it.
    fn framework_of(&self, node: &NodeId) -> Option<Framework> {
        let file = &self.files[node.0];
        file.routers
            .iter()
            .find(|r| r.local == node.1)
            .map(|r| r.framework)
            .or_else(|| {
                file.routes
                    .iter()
                    .find(|r| r.owner.as_deref() == Some(&node.1))
                    .map(|r| r.framework)
            })
    }

    /// NestJS's `setGlobalPrefix` applies to every controller.
    fn global_prefix_for(&self, node: &NodeId) -> String {
        if self.framework_of(node) != Some(Framework::Nestjs) {
            return String::new();
        }
        self.files
            .iter()
            .find_map(|f| f.global_prefix.clone())
            .unwrap_or_default()
    }

    /// Guards registered for the whole application of a framework (`useGlobalGuards`,
    /// `APP_GUARD`, socket.io `io.use`): uses whose owner is `*` and the framework's name.
    fn global_guards(&self, node: &NodeId) -> Vec<Placed> {
        let Some(framework) = self.framework_of(node) else {
            return Vec::new();
        };
        self.global_guards_of(framework, None)
    }

    /// The framework's global guards; for a route whose complete path is known, only those
    /// whose `path` covers it (routers compose their paths later and take every one).
    fn global_guards_of(&self, framework: Framework, path: Option<&str>) -> Vec<Placed> {
        let owner = format!("*{framework}");
        let covers = |u: &crate::facts::UseDecl| match (&u.path, path) {
            (Some(scope), Some(path)) => path_starts_with(path, scope),
            _ => true,
        };
        let mut out = Vec::new();
        for (index, file) in self.files.iter().enumerate() {
            for u in file.uses.iter().filter(|u| u.owner == owner && covers(u)) {
                for g in &u.guards {
                    out.push((g.clone(), index));
                }
            }
        }
        out
    }

    fn visit(
        &mut self,
        node: &NodeId,
        inherited: Inherited,
        depth: usize,
        stack: &mut Vec<NodeId>,
    ) {
        if depth > MAX_DEPTH || stack.contains(node) {
            return;
        }
        stack.push(node.clone());
        let (index, local) = node.clone();
        let file = &self.files[index];
        let router = file.routers.iter().find(|r| r.local == local);
        let own_prefix = router.and_then(|r| r.prefix.clone()).unwrap_or_default();
        let base = if inherited.replaces_prefix {
            inherited.prefix.clone()
        } else {
            join(&inherited.prefix, &own_prefix)
        };
        let mut guards = inherited.guards.clone();
        for g in router.map(|r| r.guards.as_slice()).unwrap_or_default() {
            guards.push((g.clone(), index));
        }
        // Every declaration on this router, routes and uses that name it through an import
        // included (routes added to an imported router in another file).
        let members = self.members_of(node);
        let routes: Vec<(usize, &RouteDecl)> = members
            .routes
            .iter()
            .map(|&(i, r)| (i, &self.files[i].routes[r]))
            .collect();
        let mounts: Vec<(usize, &crate::facts::MountDecl)> = members
            .mounts
            .iter()
            .map(|&(i, m)| (i, &self.files[i].mounts[m]))
            .collect();
        // `app.use(makeX())` where `makeX` does not return a router: middleware.
        let fallbacks: Vec<(usize, crate::facts::UseDecl)> = mounts
            .iter()
            .filter(|(i, m)| m.fallback.is_some() && self.resolve_target(*i, &m.target).is_none())
            .map(|(i, m)| {
                (
                    *i,
                    crate::facts::UseDecl {
                        owner: m.owner.clone(),
                        path: m.prefix.clone(),
                        guards: m.fallback.iter().cloned().collect(),
                        ordered: true,
                        line: m.line,
                    },
                )
            })
            .collect();
        let uses: Vec<(usize, &crate::facts::UseDecl)> = members
            .uses
            .iter()
            .map(|&(i, u)| (i, &self.files[i].uses[u]))
            .chain(fallbacks.iter().map(|(i, u)| (*i, u)))
            .collect();
        let before =
            |i: usize, line: u32, u: &(usize, &crate::facts::UseDecl), local_path: &str| {
                let (ui, decl) = u;
                (!decl.ordered || *ui != i || decl.line < line)
                    && decl
                        .path
                        .as_deref()
                        .is_none_or(|p| path_starts_with(local_path, p))
            };
        for (i, route) in routes {
            let local_path = route.path.clone().unwrap_or_default();
            let mut route_guards = guards.clone();
            for u in uses
                .iter()
                .filter(|u| before(i, route.line, u, &local_path))
            {
                for g in &u.1.guards {
                    route_guards.push((g.clone(), u.0));
                }
            }
            let endpoint = self.endpoint(
                i,
                route,
                base.clone(),
                route_guards,
                inherited.mounted,
                &inherited.conditions,
            );
            self.endpoints.extend(endpoint);
        }
        for (i, mount) in mounts {
            let Some(target) = self.resolve_target(i, &mount.target) else {
                let text = match &mount.target {
                    MountTarget::Unresolved(text) | MountTarget::Local(text) => text.clone(),
                    MountTarget::Passed { .. } => continue,
                    MountTarget::Built(_) => continue,
                    MountTarget::Module { module, .. } => module.clone(),
                };
                self.notes.push(format!(
                    "{}:{}: the router mounted from `{text}` could not be followed",
                    self.files[i].path, mount.line
                ));
                continue;
            };
            let prefix = self.mount_prefix(i, mount);
            let mut child = Inherited {
                prefix: join(&base, &prefix),
                guards: guards.clone(),
                conditions: inherited.conditions.clone(),
                mounted: inherited.mounted,
                replaces_prefix: mount.replaces_prefix
                    && (mount.prefix.is_some() || mount.prefix_value.is_some()),
            };
            for c in &mount.conditions {
                child.conditions.push(self.condition(i, c));
            }
            for u in uses.iter().filter(|u| before(i, mount.line, u, &prefix)) {
                for g in &u.1.guards {
                    child.guards.push((g.clone(), u.0));
                }
            }
            for g in &mount.guards {
                child.guards.push((g.clone(), i));
            }
            self.visit(&target, child, depth + 1, stack);
        }
        stack.pop();
    }

    fn endpoint(
        &self,
        index: usize,
        route: &RouteDecl,
        base: String,
        mut guards: Vec<Placed>,
        mounted: bool,
        conditions: &[Condition],
    ) -> Vec<Endpoint> {
        let file = &self.files[index];
        let mut notes = Vec::new();
        let mut methods = route.methods.clone();
        let mut method_fns: &[(String, String)] = &[];
        let mut view_caches: &[String] = &[];
        // The view the route runs, declared in another file (Django) or in this one.
        if let Some((vi, view)) = route
            .handler
            .as_deref()
            .and_then(|h| self.view_of(index, h))
        {
            if view.replaces_defaults {
                guards.retain(|(g, _)| g.level != GuardLevel::Global);
            }
            for g in &view.guards {
                guards.push((g.clone(), vi));
            }
            if !view.methods.is_empty() {
                methods = if methods.iter().any(|m| m == "ANY") {
                    view.methods.clone()
                } else {
                    methods
                        .into_iter()
                        .filter(|m| view.methods.contains(m))
                        .collect()
                };
            }
            notes.extend(view.notes.iter().cloned());
            method_fns = &view.method_fns;
            view_caches = &view.cached_by;
        }
        for g in &route.guards {
            // A guard named after an alias that carries guards (`user: CurrentUser`): the
            // guards it carries.
            if let Some((vi, view)) = self.view_of(index, &g.name) {
                for inner in &view.guards {
                    guards.push((inner.clone(), vi));
                }
                continue;
            }
            guards.push((g.clone(), index));
        }
        let resolved_path = route.path.clone().or_else(|| {
            let value = route.path_value.as_ref()?;
            let (resolved, _) = self.program.resolve_value(&file.path, &value.0);
            literal(&resolved)
        });
        let path = match &resolved_path {
            // FastAPI and Flask concatenate: `@router.get("/")` under `prefix="/items"` is
            // served at `/items/` (Express matches both).
            Some(p)
                if p == "/"
                    && matches!(route.framework, Framework::Fastapi | Framework::Flask)
                    && !join(&base, "").ends_with('/')
                    && join(&base, "") != "/" =>
            {
                format!("{}/", join(&base, ""))
            }
            Some(p) => join(&base, p),
            None => {
                notes.push("the path is computed at run time".to_string());
                join(&base, "<dynamic>")
            }
        };
        let handler = crate::handler::read(self.program, &file.path, route, &path);
        // A handler that is itself a guard (`app.get('/api/Users', security.isAuthorized())`,
        // the request going on to a later handler): judged as one.
        if let Some(h) = handler.function
            && self.hands_on(h)
            && let Some(text) = route.handler.clone()
        {
            let target = match &route.handler_at {
                Some(HandlerAt::Name(n)) => Some((n.clone(), false)),
                Some(HandlerAt::Built(c)) => c.first().map(|n| (n.clone(), true)),
                _ => None,
            };
            if let Some((name, called)) = target {
                guards.push((
                    Guard {
                        target: Some(GuardTarget {
                            name: name.clone(),
                            called,
                            argument: None,
                        }),
                        name: name.rsplit('.').next().unwrap_or(&name).to_string(),
                        text,
                        roles: Vec::new(),
                        authenticates: false,
                        level: GuardLevel::Route,
                        line: route.line,
                    },
                    index,
                ));
            }
        }
        let mut auth_by = Vec::new();
        let mut roles: Vec<String> = Vec::new();
        let mut exempted_by: Option<Exemption> = None;
        let mut limited_by: Vec<String> = guards
            .iter()
            .filter(|(g, _)| limits_rate(&g.text))
            .map(|(g, _)| g.text.clone())
            .collect();
        limited_by.dedup();
        let mut handler = handler;
        for (g, _) in &guards {
            if caches_response(&g.text) && !handler.access.cached_by.contains(&g.text) {
                handler.access.cached_by.push(g.text.clone());
            }
        }
        for cache in view_caches {
            if !handler.access.cached_by.contains(cache) {
                handler.access.cached_by.push(cache.clone());
            }
        }
        // An exemption in one control does not open a route another control still
        // authenticates (a Next.js handler checking the session under a middleware that
        // skips `/api`).
        let mut enforced: Option<Judged> = None;
        let mut identity_only: Option<Judged> = None;
        for (guard, gi) in &guards {
            let defs = self.auth_defs.get(guard.name.as_str());
            let Some(judged) = self.judge(*gi, guard, defs.is_some()) else {
                continue;
            };
            let at = format!("{}:{}", self.files[*gi].path, guard.line);
            if judged.verdict == GuardVerdict::IdentityOnly {
                // Listed when it looks like authentication (what a reader would take for it).
                let looks = crate::names::is_auth_name(&guard.name)
                    || crate::names::is_role_name(&guard.name)
                    || guard.authenticates
                    || defs.is_some();
                // It explains an open endpoint whatever its name.
                identity_only.get_or_insert_with(|| judged.clone());
                if looks {
                    auth_by.push(AuthControl {
                        name: guard.text.clone(),
                        level: guard.level,
                        at,
                        verdict: judged.verdict,
                        decided_at: judged.decided_at.clone(),
                    });
                }
                continue;
            }
            roles.extend(judged.roles.iter().cloned());
            let mut exempted = false;
            for def in defs.into_iter().flatten() {
                if judged.decided_at.is_none() {
                    roles.extend(def.roles.iter().cloned());
                }
                if let Some(e) = def.exemptions.iter().find(|e| exempts(e, &path, route)) {
                    exempted = true;
                    if exempted_by.is_none() {
                        exempted_by = Some(e.clone());
                    }
                }
            }
            if !exempted {
                // The strongest judgement explains the endpoint: read code over a known
                // package over a name.
                let better = match &enforced {
                    None => true,
                    Some(current) => judged.verdict < current.verdict,
                };
                if better {
                    enforced = Some(judged.clone());
                }
            }
            auth_by.push(AuthControl {
                name: guard.text.clone(),
                level: guard.level,
                at,
                verdict: judged.verdict,
                decided_at: judged.decided_at.clone(),
            });
        }
        // Nothing on the way rejects: the handler may refuse a caller without identity itself
        // (`if (!req.session.userId) return res.redirect('/login')` before its work).
        // Also when what is on the way is only a guess from a name: the handler's code is read.
        if enforced
            .as_ref()
            .is_none_or(|e| e.verdict == GuardVerdict::NameOnly)
            && exempted_by.is_none()
            && let Some(h) = handler.function
            && let Some(judged) = crate::judge::handler_check(
                self.program,
                h,
                route.handler.as_deref().unwrap_or("inline function"),
            )
        {
            auth_by.push(AuthControl {
                name: route
                    .handler
                    .clone()
                    .unwrap_or_else(|| "inline function".to_string()),
                level: GuardLevel::Handler,
                at: judged
                    .decided_at
                    .as_ref()
                    .map(|d| format!("{}:{}", d.file, d.line))
                    .unwrap_or_default(),
                verdict: judged.verdict,
                decided_at: judged.decided_at.clone(),
            });
            enforced = Some(judged);
        }
        roles.sort();
        roles.dedup();
        if enforced.is_some() && route.public_marker.is_none() {
            exempted_by = None;
        }
        // A public marker only means something to a control on the way that honours it.
        if let Some(marker) = &route.public_marker
            && auth_by.iter().any(|a| a.verdict.enforces())
        {
            exempted_by = Some(Exemption {
                pattern: path.clone(),
                prefix: false,
                control: marker.clone(),
                file: file.path.clone(),
                line: route.line,
                code: route.code.clone(),
            });
        }
        let mut why = None;
        let auth = if let Some(exemption) = &exempted_by {
            let text = format!(
                "`{}` lets `{}` through without authentication ({}:{})",
                exemption.control, exemption.pattern, exemption.file, exemption.line
            );
            notes.push(text.clone());
            why = Some(text);
            AuthStatus::Exempted
        } else if let Some(judged) = &enforced {
            why = Some(judged.why.clone());
            AuthStatus::Authenticated
        } else if let Some(judged) = &identity_only {
            why = Some(format!("not enforced: {}", judged.why));
            if mounted {
                AuthStatus::Unauthenticated
            } else {
                AuthStatus::Unknown
            }
        } else if !mounted {
            notes.push(
                "mounted where sechound could not follow; guards added there are unknown".into(),
            );
            AuthStatus::Unknown
        } else if route.path.is_none() {
            AuthStatus::Unknown
        } else {
            why = Some("no authentication control on the way".to_string());
            AuthStatus::Unauthenticated
        };
        let mut all_conditions: Vec<Condition> = conditions.to_vec();
        for c in &route.conditions {
            all_conditions.push(self.condition(index, c));
        }
        // A class-based view: each HTTP method is served by its own method of the class, read
        // on its own (`NoteDelete.post`), the class's handler facts otherwise.
        let per_method = |m: &str| -> Option<crate::handler::HandlerFacts> {
            let (_, name) = method_fns.iter().find(|(http, _)| http == m)?;
            let class = route.handler.as_deref()?;
            let mut own = route.clone();
            own.handler_at = Some(HandlerAt::Name(format!("{class}.{name}")));
            let facts = crate::handler::read(self.program, &file.path, &own, &path);
            facts.function.is_some().then_some(facts)
        };
        methods
            .iter()
            .filter_map(|m| Some((Method::parse(m)?, per_method(m))))
            .map(|(method, own)| (method, own.as_ref().unwrap_or(&handler).clone()))
            .map(|(method, handler)| Endpoint {
                method,
                path: path.clone(),
                framework: route.framework,
                handler: route.handler.clone(),
                file: file.path.clone(),
                line: route.line,
                code: route.code.clone(),
                auth,
                auth_by: auth_by.clone(),
                exempted_by: exempted_by.clone(),
                roles: roles.clone(),
                notes: notes.clone(),
                limited_by: limited_by.clone(),
                signals: handler.signals.clone(),
                why: why.clone(),
                conditions: all_conditions.clone(),
                handler_span: handler.span.clone(),
                live: None,
                access: handler.access.clone(),
            })
            .collect()
    }

    /// The judgement on a guard written in file `index`, remembered.
    fn judge(&self, index: usize, guard: &Guard, defined: bool) -> Option<Judged> {
        let key = (index, guard.clone(), defined);
        if let Some(found) = self.judged.borrow().get(&key) {
            return found.clone();
        }
        let judged = crate::judge::judge(self.program, &self.files[index].path, guard, defined);
        self.judged.borrow_mut().insert(key, judged.clone());
        judged
    }

    /// True for a "handler" that is a guard handing the request on to a later handler: a
    /// package's middleware (`security.isAuthorized()` returning `expressJwt(...)`), or code
    /// that reads the caller, takes `next` and calls `next()`.
    fn hands_on(&self, f: FnRef) -> bool {
        let Some(gate) = self.program.gate(f) else {
            return false;
        };
        if matches!(gate.kind, sechound_semantic::GateKind::Package { .. }) {
            return true;
        }
        let takes_next = |function: u32| {
            let (_, summary) = self.program.function(FnRef {
                file: f.file,
                function,
            });
            summary.params.iter().any(|p| p == "next")
        };
        self.program
            .behaviour_within(f)
            .iter()
            .any(|b| takes_next(b.function) && b.passes.iter().any(|p| p.code.starts_with("next(")))
    }

    /// A condition fact with what it reads resolved.
    fn condition(&self, index: usize, fact: &ConditionFact) -> Condition {
        let path = &self.files[index].path;
        let detail = fact.subject.as_ref().and_then(|subject| {
            let (value, _) = self.program.resolve_value(path, subject);
            match value {
                Value::Unknown => None,
                v => Some(format!("it reads {}", v.describe())),
            }
        });
        Condition {
            text: fact.text.clone(),
            detail,
            file: path.clone(),
            line: fact.line,
        }
    }
    /// The view declaration a name of file `index` stands for, through imports.
    fn view_of(&self, index: usize, name: &str) -> Option<(usize, &'a crate::facts::ViewDecl)> {
        let files: &'a [FileFacts] = self.files;
        // A declaration of the route's own file under the full dotted name (`admin.site.urls`).
        if let Some(view) = files[index].views.iter().find(|v| v.name == name) {
            return Some((index, view));
        }
        let (file, local) = self.resolve_name(index, name, 0)?;
        files[file]
            .views
            .iter()
            .find(|v| v.name == local)
            .map(|v| (file, v))
    }

    /// Where a local name of file `index` is defined: follows imports to the exporting file.
    fn canonical(&self, index: usize, local: &str) -> NodeId {
        let key = (index, local.to_string());
        if let Some(id) = self.resolved.borrow().get(&key) {
            return id.clone();
        }
        let id = self
            .resolve_name(index, local, 0)
            .unwrap_or_else(|| (index, local.to_string()));
        self.resolved.borrow_mut().insert(key, id.clone());
        id
    }

    /// The prefix a mount adds: its literal, or its value resolved through the program
    /// (`settings.API_V1_STR`, `f"{prefix}/auth"`).
    fn mount_prefix(&self, index: usize, mount: &MountDecl) -> String {
        if let Some(prefix) = &mount.prefix {
            return prefix.clone();
        }
        let Some(value) = &mount.prefix_value else {
            return String::new();
        };
        let (resolved, _) = self
            .program
            .resolve_value(&self.files[index].path, &value.0);
        literal(&resolved).unwrap_or_else(|| "<dynamic>".to_string())
    }

    /// The function a call reference of file `index` stands for.
    fn call_target(&self, index: usize, callee: &CallRef) -> Option<FnRef> {
        let path = &self.files[index].path;
        match callee {
            CallRef::Name(name) => self.program.resolve_function(path, name),
            CallRef::Module(module) => self.program.resolve_export(path, module, "default"),
        }
    }

    /// The file of the model a function of the program is in.
    fn file_of(&self, f: FnRef) -> Option<(usize, usize)> {
        let (file, summary) = self.program.function(f);
        Some((*self.by_path.get(file.path.as_str())?, summary.start))
    }

    fn resolve_target(&self, index: usize, target: &MountTarget) -> Option<NodeId> {
        match target {
            MountTarget::Passed {
                callee,
                index: position,
            } => {
                let (file, start) = self.file_of(self.call_target(index, callee)?)?;
                self.files[file]
                    .routers
                    .iter()
                    .find(|r| r.param == Some((start, *position)))
                    .map(|r| (file, r.local.clone()))
            }
            MountTarget::Built(callee) => {
                let (file, start) = self.file_of(self.call_target(index, callee)?)?;
                self.files[file]
                    .factory_returns
                    .iter()
                    .find(|(s, _)| *s == start)
                    .map(|(_, local)| (file, local.clone()))
            }
            MountTarget::Local(name) => {
                let id = self.resolve_name(index, name, 0)?;
                self.defines(&id).then_some(id)
            }
            MountTarget::Module { module, local } => {
                let file = self.resolve_module(index, module)?;
                let local = if local == "default" {
                    self.export_local(file, "default")?
                } else {
                    local.clone()
                };
                Some((file, local))
            }
            MountTarget::Unresolved(_) => None,
        }
    }

    /// True when some file declares routes, mounts or a router under this id.
    /// Routes, uses and mounts declared on `node`, in any file (a router imported elsewhere
    /// and given routes there included).
    fn members_of(&self, node: &NodeId) -> &Members {
        static NONE: std::sync::OnceLock<Members> = std::sync::OnceLock::new();
        self.members
            .get_or_init(|| {
                let mut index: HashMap<NodeId, Members> = HashMap::new();
                for (i, f) in self.files.iter().enumerate() {
                    for (r, route) in f.routes.iter().enumerate() {
                        if let Some(owner) = &route.owner {
                            index
                                .entry(self.canonical(i, owner))
                                .or_default()
                                .routes
                                .push((i, r));
                        }
                    }
                    for (u, decl) in f.uses.iter().enumerate() {
                        if !decl.owner.starts_with('*') {
                            index
                                .entry(self.canonical(i, &decl.owner))
                                .or_default()
                                .uses
                                .push((i, u));
                        }
                    }
                    for (m, mount) in f.mounts.iter().enumerate() {
                        index
                            .entry(self.canonical(i, &mount.owner))
                            .or_default()
                            .mounts
                            .push((i, m));
                    }
                }
                index
            })
            .get(node)
            .unwrap_or_else(|| NONE.get_or_init(Members::default))
    }

    fn defines(&self, id: &NodeId) -> bool {
        self.defined
            .get_or_init(|| {
                let mut ids = HashSet::new();
                for (i, f) in self.files.iter().enumerate() {
                    ids.extend(f.routers.iter().map(|r| (i, r.local.clone())));
                    for owner in f.routes.iter().filter_map(|r| r.owner.as_deref()) {
                        ids.insert(self.canonical(i, owner));
                    }
                    for m in &f.mounts {
                        ids.insert(self.canonical(i, &m.owner));
                    }
                }
                ids
            })
            .contains(id)
    }

    /// Follows `local` (possibly dotted through a namespace import) to its defining file.
    fn resolve_name(&self, index: usize, local: &str, depth: usize) -> Option<NodeId> {
        if depth > 8 {
            return None;
        }
        let file = &self.files[index];
        if file.routers.iter().any(|r| r.local == local) {
            return Some((index, local.to_string()));
        }
        let (head, rest) = match local.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (local, None),
        };
        let Some(import) = file.imports.iter().find(|i| i.local == head) else {
            return Some((index, local.to_string()));
        };
        let Some(target) = self.resolve_module(index, &import.module) else {
            // A Python `from pkg import module` names a module rather than a value.
            if let ImportedName::Named(name) = &import.name {
                let module = submodule(&import.module, name);
                if let Some(target) = self.resolve_module(index, &module) {
                    let inner = rest.unwrap_or("default");
                    return self.resolve_export(target, inner, depth);
                }
            }
            return None;
        };
        match (&import.name, rest) {
            (ImportedName::Default, None) => self.resolve_export(target, "default", depth),
            (ImportedName::Named(name), None) => self.resolve_export(target, name, depth),
            (ImportedName::Namespace, None) => self.resolve_export(target, "default", depth),
            (ImportedName::Namespace, Some(rest)) => self.resolve_export(target, rest, depth),
            (ImportedName::Named(name), Some(rest)) => {
                // `from app.routers import items` then `items.router`.
                let module = submodule(&import.module, name);
                match self.resolve_module(index, &module) {
                    Some(m) => self.resolve_export(m, rest, depth),
                    None => self.resolve_export(target, name, depth),
                }
            }
            (ImportedName::Default, Some(rest)) => self.resolve_export(target, rest, depth),
        }
    }

    fn resolve_export(&self, file: usize, name: &str, depth: usize) -> Option<NodeId> {
        let local = self.export_local(file, name)?;
        self.resolve_name(file, &local, depth + 1)
    }

    /// The local name exported as `name`; Python modules export every top-level name.
    fn export_local(&self, file: usize, name: &str) -> Option<String> {
        let facts = &self.files[file];
        if let Some((_, local)) = facts.exports.iter().find(|(e, _)| e == name) {
            return Some(local.clone());
        }
        if facts.path.ends_with(".py") || name != "default" {
            return Some(name.to_string());
        }
        None
    }

    /// The file a module specifier names, among the files with facts.
    fn resolve_module(&self, index: usize, module: &str) -> Option<usize> {
        let from = &self.files[index].path;
        let dir = from.rsplit_once('/').map_or("", |(d, _)| d);
        if from.ends_with(".py") {
            return self.resolve_python_module(dir, module);
        }
        if !module.starts_with('.') {
            return None;
        }
        let joined = normalize(&format!("{dir}/{module}"));
        let stem = joined
            .strip_suffix(".js")
            .or_else(|| joined.strip_suffix(".mjs"))
            .or_else(|| joined.strip_suffix(".cjs"))
            .unwrap_or(&joined);
        const CANDIDATES: &[&str] = &[
            "",
            ".ts",
            ".tsx",
            ".js",
            ".mjs",
            ".cjs",
            ".jsx",
            "/index.ts",
            "/index.js",
            "/index.tsx",
            "/index.mjs",
        ];
        CANDIDATES.iter().find_map(|suffix| {
            self.by_path
                .get(format!("{stem}{suffix}").as_str())
                .copied()
        })
    }

    fn resolve_python_module(&self, dir: &str, module: &str) -> Option<usize> {
        let dots = module.chars().take_while(|c| *c == '.').count();
        let rest = module[dots..].replace('.', "/");
        let candidates = |base: String| -> Option<usize> {
            let base = base.trim_start_matches('/').to_string();
            [format!("{base}.py"), format!("{base}/__init__.py")]
                .iter()
                .find_map(|p| self.by_path.get(p.as_str()).copied())
        };
        if dots > 0 {
            let mut base = dir.to_string();
            for _ in 1..dots {
                base = base
                    .rsplit_once('/')
                    .map_or(String::new(), |(d, _)| d.to_string());
            }
            return candidates(if rest.is_empty() {
                base
            } else {
                format!("{base}/{rest}")
            });
        }
        // Absolute: from the root, or from any directory above the importing file (projects
        // keep their packages under `src/` or a service folder).
        let mut base = dir.to_string();
        loop {
            let found = candidates(if base.is_empty() {
                rest.clone()
            } else {
                format!("{base}/{rest}")
            });
            if found.is_some() {
                return found;
            }
            if base.is_empty() {
                break;
            }
            base = base
                .rsplit_once('/')
                .map_or(String::new(), |(d, _)| d.to_string());
        }
        let suffix_py = format!("/{rest}.py");
        let suffix_init = format!("/{rest}/__init__.py");
        self.files
            .iter()
            .position(|f| f.path.ends_with(&suffix_py) || f.path.ends_with(&suffix_init))
    }
}

/// The text a resolved prefix value stands for: a string, a string built from strings, or the
/// default of an environment variable (the value a deployment gets unless it sets one).
fn literal(value: &Value) -> Option<String> {
    match value {
        Value::Str(s) => Some(s.clone()),
        Value::Concat(parts) => parts.iter().map(literal).collect(),
        Value::Env {
            default: Some(d), ..
        } => literal(d),
        Value::OneOf(parts) => parts.iter().find_map(literal),
        _ => None,
    }
}

/// `app.routers` + `items` → `app.routers.items`; `.` + `views` → `.views` (a relative
/// `from . import views` names a sibling module).
fn submodule(module: &str, name: &str) -> String {
    if module.ends_with('.') {
        format!("{module}{name}")
    } else {
        format!("{module}.{name}")
    }
}

/// Every router name a file declares something on.
fn owners(file: &FileFacts) -> Vec<String> {
    let mut out: Vec<String> = file.routers.iter().map(|r| r.local.clone()).collect();
    for r in &file.routes {
        if let Some(o) = &r.owner
            && !out.contains(o)
        {
            out.push(o.clone());
        }
    }
    for m in &file.mounts {
        if !out.contains(&m.owner) {
            out.push(m.owner.clone());
        }
    }
    out
}

/// Middleware that answers from a response cache keyed by the URL: `apicache.middleware('5
/// minutes')`, `cache('1 hour')` (apicache), `routeCache.cacheSeconds(20)`, `cacheMiddleware`.
fn caches_response(text: &str) -> bool {
    let callee = text.split('(').next().unwrap_or(text).to_ascii_lowercase();
    let last = callee.rsplit('.').next().unwrap_or(&callee);
    // Headers about caching, and middleware that clears a cache, answer nothing.
    let other = [
        "nocache",
        "no_cache",
        "control",
        "nostore",
        "header",
        "bust",
        "clear",
        "invalidate",
        "flush",
        "purge",
        "evict",
    ]
    .iter()
    .any(|w| last.contains(w));
    !other
        && (callee.contains("apicache")
            || callee.contains("routecache")
            || callee.contains("route_cache")
            || last.contains("cache"))
}

/// Middleware that limits the rate of requests, by its name: `loginLimiter`, `rateLimit(...)`,
/// `brute.globalBlock`, `throttle`, `slowDown`.
fn limits_rate(text: &str) -> bool {
    // The callee or name only: `express.json({ limit: '100kb' })` limits a body's size.
    let callee = text.split('(').next().unwrap_or(text).to_ascii_lowercase();
    ["limit", "brute", "throttl", "slowdown", "slow_down"]
        .iter()
        .any(|w| callee.contains(w))
        && !["sizelimit", "bodylimit", "filesize"]
            .iter()
            .any(|w| callee.contains(w))
}

/// True when the exemption covers the endpoint's full path.
fn exempts(exemption: &Exemption, path: &str, route: &RouteDecl) -> bool {
    // Flask's `request.endpoint in ("auth.login", ...)` names view functions, not paths.
    if let Some(endpoint) = exemption.pattern.strip_prefix("endpoint:") {
        let function = endpoint.rsplit('.').next().unwrap_or(endpoint);
        return route.handler.as_deref() == Some(function);
    }
    let pattern = exemption.pattern.trim_end_matches('/');
    let local = route.path.as_deref().unwrap_or("");
    let matches = |p: &str| {
        if exemption.prefix {
            p.starts_with(&exemption.pattern) || p == pattern
        } else {
            p.trim_end_matches('/') == pattern
        }
    };
    matches(path) || (!local.is_empty() && matches(&join("", local)))
}

/// `/api` + `users/:id` → `/api/users/:id`; keeps a trailing slash the last part has.
pub fn join(base: &str, path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for piece in [base, path] {
        parts.extend(piece.split('/').filter(|s| !s.is_empty()));
    }
    let mut joined = format!("/{}", parts.join("/"));
    let trailing = if path.is_empty() { base } else { path };
    if trailing.len() > 1 && trailing.ends_with('/') && joined.len() > 1 {
        joined.push('/');
    }
    joined
}

/// True when `path` is `prefix` or below it.
fn path_starts_with(path: &str, prefix: &str) -> bool {
    let path = join("", path);
    let prefix = join("", prefix);
    let prefix = prefix.trim_end_matches('/');
    prefix.is_empty() || path == prefix || path.starts_with(&format!("{prefix}/"))
}

use sechound_core::paths::normalise_path_lenient as normalize;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_prefixes_and_paths() {
        assert_eq!(join("/api", "/users/:id"), "/api/users/:id");
        assert_eq!(join("", "/"), "/");
        assert_eq!(join("/api/", "items/"), "/api/items/");
        assert_eq!(join("/v1", ""), "/v1");
        assert!(path_starts_with("/admin/users", "/admin"));
        assert!(!path_starts_with("/administrator", "/admin"));
        assert_eq!(normalize("src/routes/../lib/./x"), "src/lib/x");
    }

    #[test]
    fn tells_rate_limits_from_size_limits() {
        assert!(limits_rate("rateLimit({ windowMs: 60_000, limit: 100 })"));
        assert!(limits_rate("loginLimiter"));
        assert!(limits_rate("shared.middleware.brute.globalBlock"));
        assert!(!limits_rate("express.json({ limit: '100kb' })"));
        assert!(!limits_rate("bodyParser.json({ limit: '1mb' })"));
        assert!(caches_response("apicache.middleware('5 minutes')"));
        assert!(caches_response("cache('1 hour')"));
        assert!(caches_response("routeCache.cacheSeconds(20)"));
        assert!(!caches_response("noCache"));
        assert!(!caches_response("setCacheHeaders"));
        assert!(!caches_response("apicache.clear"));
    }
}
