//! Django and Django REST framework: `urlpatterns` with `path`/`re_path`/`include`, DRF
//! routers' `register`, the guards views carry (decorators, mixins, `permission_classes`) for
//! `urls.py` files that reference them from other modules, and `DEFAULT_PERMISSION_CLASSES`.

use super::auth::{decorator_guard, permission_guards};
use super::{
    assignment, callee_name, def_name, definition, first_line, imports_package, line_of, module_of,
    strings, top_level,
};
use crate::facts::{
    FileFacts, Guard, MountDecl, MountTarget, RouteDecl, RouterDecl, UseDecl, ViewDecl,
};
use sechound_core::project::Framework;
use sechound_core::project::GuardLevel;
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::python::{
    callee_path, decorators, dotted_path, keyword_arg, method_name, positional_args, receiver,
    string_value, unwrap,
};
use sechound_syntax::{CodeFile, Node};

/// The owner of every pattern of a `urls.py`.
const URLPATTERNS: &str = "urlpatterns";

pub(crate) fn read(file: &CodeFile, record: &ModuleRecord, facts: &mut FileFacts) {
    if !(imports_package(facts, "django") || imports_package(facts, "rest_framework")) {
        if file.path.ends_with("settings.py") || file.path.contains("/settings/") {
            read_settings(file, facts);
        }
        return;
    }
    // Each reader needs a word it starts from; the Django package itself imports django in
    // every file, and most files have none of these.
    let src = file.text();
    if src.contains("MIDDLEWARE") || src.contains("REST_FRAMEWORK") {
        read_settings(file, facts);
    }
    if src.contains("Router") {
        read_routers(file, facts);
    }
    if src.contains("urlpatterns") {
        read_urlpatterns(file, record, facts);
    }
    const VIEW_MARKERS: &[&str] = &[
        "login_required",
        "permission",
        "Mixin",
        "api_view",
        "require_",
        "user_passes_test",
        "method_decorator",
        "staff_member_required",
        "authentication_classes",
    ];
    if VIEW_MARKERS.iter().any(|m| src.contains(m)) {
        read_views(file, facts);
    }
}

/// `router = DefaultRouter()` and `router.register(r"users", UserViewSet)`.
fn read_routers(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    for statement in top_level(file) {
        if let Some((name, value)) = assignment(statement, src)
            && value.kind() == "call"
            && callee_name(value, src)
                .is_some_and(|c| matches!(c.as_str(), "DefaultRouter" | "SimpleRouter"))
        {
            facts.routers.push(RouterDecl {
                param: None,
                prefix_value: None,
                local: name,
                is_app: false,
                framework: Framework::Django,
                prefix: None,
                guards: Vec::new(),
                line: line_of(statement),
            });
        }
    }
    let routers: Vec<String> = facts.routers.iter().map(|r| r.local.clone()).collect();
    let mut routes = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() == "call"
            && method_name(node, src) == Some("register")
            && let Some(owner) = receiver(node).and_then(|r| dotted_path(r, src))
            && routers.contains(&owner)
        {
            let args = positional_args(node);
            let prefix = args
                .first()
                .and_then(|p| string_value(*p, src))
                .map(|p| strip_regex(&p));
            let handler = args
                .get(1)
                .copied()
                .or_else(|| keyword_arg(node, src, "viewset"))
                .and_then(|v| dotted_path(v, src));
            // The standard routes of a ViewSet: list/create and retrieve/update/destroy; the
            // view's own actions narrow the methods in `compose`.
            let list = prefix
                .as_ref()
                .map(|p| format!("{}/", p.trim_end_matches('/')));
            let detail = prefix
                .as_ref()
                .map(|p| format!("{}/{{pk}}/", p.trim_end_matches('/')));
            for (path, methods) in [
                (list, &["GET", "POST"][..]),
                (detail, &["GET", "PUT", "PATCH", "DELETE"][..]),
            ] {
                routes.push(RouteDecl {
                    handler_at: None,
                    path_value: None,
                    conditions: Vec::new(),
                    public_marker: None,
                    owner: Some(owner.clone()),
                    methods: methods.iter().map(|m| m.to_string()).collect(),
                    path,
                    handler: handler.clone(),
                    guards: Vec::new(),
                    line: line_of(node),
                    code: first_line(node, src),
                    framework: Framework::Django,
                });
            }
        }
        true
    });
    facts.routes.extend(routes);
}

/// `urlpatterns = [...]`, `urlpatterns += [...]`, `urlpatterns += router.urls`, at module level
/// or under a module-level `if` (`if settings.DEBUG: urlpatterns += [...]`, said as a condition
/// on the endpoints).
fn read_urlpatterns(file: &CodeFile, record: &ModuleRecord, facts: &mut FileFacts) {
    let src = file.text();
    let mut lists = Vec::new();
    let mut statements = top_level(file);
    let mut conditional = Vec::new();
    for statement in &statements {
        if statement.kind() == "if_statement" {
            walk(*statement, |n| {
                if n.kind() == "expression_statement" {
                    conditional.push(n);
                    return false;
                }
                !matches!(n.kind(), "function_definition" | "class_definition")
            });
        }
    }
    statements.extend(conditional);
    for statement in statements {
        if statement.kind() != "expression_statement" {
            continue;
        }
        let Some(expr) = statement.named_child(0) else {
            continue;
        };
        if !matches!(expr.kind(), "assignment" | "augmented_assignment") {
            continue;
        }
        let (Some(left), Some(right)) = (expr.field("left"), expr.field("right")) else {
            continue;
        };
        if text(left, src) == URLPATTERNS {
            lists.push((
                unwrap(right),
                super::refs::conditions(statement, src, record),
            ));
        }
    }
    if lists.is_empty() {
        return;
    }
    facts.routers.push(RouterDecl {
        param: None,
        prefix_value: None,
        local: URLPATTERNS.to_string(),
        is_app: false,
        framework: Framework::Django,
        prefix: None,
        guards: Vec::new(),
        line: line_of(lists[0].0),
    });
    let mut reader = Patterns {
        src,
        record,
        facts,
        routes: Vec::new(),
        mounts: Vec::new(),
        views: Vec::new(),
        conditions: Vec::new(),
    };
    for (list, conditions) in lists {
        reader.conditions = conditions;
        reader.expression(list, "");
    }
    let (routes, mounts, views) = (reader.routes, reader.mounts, reader.views);
    facts.routes.extend(routes);
    facts.mounts.extend(mounts);
    facts.views.extend(views);
}

struct Patterns<'f> {
    src: &'f str,
    record: &'f ModuleRecord,
    facts: &'f FileFacts,
    /// The conditions the list being read is under.
    conditions: Vec<crate::facts::ConditionFact>,
    routes: Vec<RouteDecl>,
    mounts: Vec<MountDecl>,
    views: Vec<ViewDecl>,
}

impl Patterns<'_> {
    /// A list of patterns, a concatenation of lists, or `router.urls`.
    fn expression(&mut self, node: Node<'_>, prefix: &str) {
        let node = unwrap(node);
        match node.kind() {
            "list" | "tuple" => {
                for entry in named_children(node) {
                    self.pattern(entry, prefix);
                }
            }
            "binary_operator" => {
                for side in ["left", "right"] {
                    if let Some(side) = node.child_by_field_name(side) {
                        self.expression(side, prefix);
                    }
                }
            }
            "call" if callee_name(node, self.src).as_deref() == Some("static") => {}
            _ => {
                if let Some(target) = self.urls_target(node) {
                    self.mounts.push(MountDecl {
                        prefix_value: None,
                        conditions: self.conditions.clone(),
                        fallback: None,
                        owner: URLPATTERNS.to_string(),
                        prefix: (!prefix.is_empty()).then(|| prefix.to_string()),
                        target,
                        guards: Vec::new(),
                        replaces_prefix: false,
                        line: line_of(node),
                    });
                }
            }
        }
    }

    /// `path("users/<int:pk>/", views.UserDetail.as_view(), name="user")`.
    fn pattern(&mut self, entry: Node<'_>, prefix: &str) {
        let src = self.src;
        let entry = unwrap(entry);
        if entry.kind() != "call" {
            return;
        }
        let Some(function) = callee_name(entry, src) else {
            return;
        };
        let regex = match function.as_str() {
            "path" => false,
            "re_path" | "url" => true,
            _ => return,
        };
        let args = positional_args(entry);
        let (Some(route), Some(view)) = (
            args.first()
                .copied()
                .or_else(|| keyword_arg(entry, src, "route")),
            args.get(1)
                .copied()
                .or_else(|| keyword_arg(entry, src, "view")),
        ) else {
            return;
        };
        // `path(settings.ADMIN_URL, admin.site.urls)`: a value the model resolves.
        let route_value = string_value(route, src).is_none().then(|| {
            let value = super::refs::value(route, src, self.record);
            crate::facts::ValueFact(sechound_syntax::value::Value::Concat(vec![
                sechound_syntax::value::Value::Str(prefix.to_string()),
                value,
            ]))
        });
        let route = string_value(route, src).map(|r| if regex { strip_regex(&r) } else { r });
        let full = route.as_ref().map(|r| format!("{prefix}{r}"));
        let view = unwrap(view);
        if view.kind() == "call" && callee_name(view, src).as_deref() == Some("include") {
            let Some(inner) = positional_args(view).first().map(|a| unwrap(*a)) else {
                return;
            };
            if matches!(inner.kind(), "list" | "tuple")
                && !named_children(inner).iter().all(|c| c.kind() == "string")
            {
                // `include([path(...), ...])`: patterns inline, under this prefix.
                if let Some(full) = &full {
                    self.expression(inner, full);
                }
                return;
            }
            let target = self
                .urls_target(inner)
                .unwrap_or_else(|| MountTarget::Unresolved(short_text(inner, src, 60)));
            self.mounts.push(MountDecl {
                prefix_value: if full.is_none() {
                    route_value.clone()
                } else {
                    None
                },
                conditions: self.conditions.clone(),
                fallback: None,
                owner: URLPATTERNS.to_string(),
                prefix: full,
                target,
                guards: Vec::new(),
                replaces_prefix: false,
                line: line_of(entry),
            });
            return;
        }
        let (handler, guards) = self.view(view);
        if handler.as_deref() == Some("admin.site.urls") {
            // The Django admin: every page requires a staff login, and DRF's defaults do not
            // reach it.
            self.views.push(ViewDecl {
                name: "admin.site.urls".into(),
                line: line_of(view),
                guards: vec![Guard {
                    target: None,
                    name: "admin.site".into(),
                    text: "admin.site (staff login)".into(),
                    roles: vec!["staff".into()],
                    authenticates: true,
                    level: GuardLevel::Decorator,
                    line: line_of(view),
                }],
                methods: Vec::new(),
                replaces_defaults: true,
                notes: Vec::new(),
                method_fns: Vec::new(),
                cached_by: Vec::new(),
            });
        }
        self.routes.push(RouteDecl {
            handler_at: None,
            path_value: route_value,
            conditions: self.conditions.clone(),
            public_marker: None,
            owner: Some(URLPATTERNS.to_string()),
            methods: vec!["ANY".to_string()],
            path: full,
            handler,
            guards,
            line: line_of(entry),
            code: first_line(entry, src),
            framework: Framework::Django,
        });
    }

    /// The view a pattern runs and the guards wrapped around it there:
    /// `views.UserDetail.as_view()` → `views.UserDetail`; `login_required(views.home)` →
    /// `views.home` with `login_required`.
    fn view(&self, view: Node<'_>) -> (Option<String>, Vec<Guard>) {
        let src = self.src;
        let view = unwrap(view);
        if let Some(path) = dotted_path(view, src) {
            return (Some(path), Vec::new());
        }
        if view.kind() != "call" {
            return (None, Vec::new());
        }
        if method_name(view, src) == Some("as_view") {
            return (receiver(view).and_then(|r| dotted_path(r, src)), Vec::new());
        }
        // A decorator applied in urls.py: `login_required(views.home)`,
        // `permission_required("x")(views.home)`.
        let Some(inner) = positional_args(view).last().copied() else {
            return (None, Vec::new());
        };
        let decorator = view.field("function").unwrap_or(view);
        let (handler, mut guards) = self.view(inner);
        guards.extend(decorator_guard(decorator, src));
        (handler, guards)
    }

    /// What `include(...)` or a bare `router.urls` names: a module (`"blog.urls"`,
    /// `blog_urls` imported as a module) or a DRF router.
    fn urls_target(&self, node: Node<'_>) -> Option<MountTarget> {
        let src = self.src;
        let node = unwrap(node);
        if let Some(module) = string_value(node, src) {
            return Some(MountTarget::Module {
                module,
                local: URLPATTERNS.into(),
            });
        }
        if node.kind() == "tuple" {
            // `include(("blog.urls", "blog"))`, `include((patterns, "app"))`.
            return self.urls_target(*named_children(node).first()?);
        }
        let path = dotted_path(node, src)?;
        // `router.urls`: a DRF router of this file or imported.
        if let Some(router) = path.strip_suffix(".urls")
            && (self.facts.routers.iter().any(|r| r.local == router)
                || router.to_ascii_lowercase().ends_with("router"))
        {
            return Some(MountTarget::Local(router.to_string()));
        }
        let module = module_of(self.facts, &path)?;
        Some(MountTarget::Module {
            module,
            local: URLPATTERNS.into(),
        })
    }
}

/// `^users/(?P<pk>[0-9]+)/$` → `users/(?P<pk>[0-9]+)/`: anchors say nothing about the path.
fn strip_regex(pattern: &str) -> String {
    pattern
        .trim_start_matches('^')
        .trim_end_matches('$')
        .to_string()
}

/// The guards, methods and permission overrides of the views of a module: functions with
/// decorators, classes with mixins or `permission_classes`.
fn read_views(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    for statement in top_level(file) {
        let Some(definition) = definition(statement) else {
            continue;
        };
        let Some(name) = def_name(definition, src) else {
            continue;
        };
        let view = match definition.kind() {
            "function_definition" => function_view(definition, src, name),
            _ => class_view(definition, src, name),
        };
        if let Some(view) = view {
            facts.views.push(view);
        }
    }
    inherit_guards(file, facts);
}

/// A class-based view inherits the guards of its base classes in the same module
/// (`class ModelIndexView(BaseAdminDocsView)` where the base decorates `dispatch`).
fn inherit_guards(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    let bases: Vec<(String, Vec<String>)> = top_level(file)
        .into_iter()
        .filter_map(definition)
        .filter(|d| d.kind() == "class_definition")
        .filter_map(|class| {
            let name = def_name(class, src)?;
            let superclasses = class.field("superclasses")?;
            let bases = named_children(superclasses)
                .into_iter()
                .filter_map(|b| dotted_path(b, src))
                .map(|b| b.rsplit('.').next().unwrap_or(&b).to_string())
                .collect();
            Some((name, bases))
        })
        .collect();
    // Chains are short; a few passes settle them without recursion.
    for _ in 0..4 {
        let mut changed = false;
        for (name, parents) in &bases {
            let inherited: Vec<Guard> = parents
                .iter()
                .filter_map(|p| facts.views.iter().find(|v| &v.name == p))
                .flat_map(|v| v.guards.iter().cloned())
                .collect();
            let Some(view) = facts.views.iter_mut().find(|v| &v.name == name) else {
                continue;
            };
            for guard in inherited {
                if !view.guards.iter().any(|g| g.name == guard.name) {
                    view.guards.push(guard);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
}

fn function_view(function: Node<'_>, src: &str, name: String) -> Option<ViewDecl> {
    let decorators = decorators(function);
    let takes_request = function
        .field("parameters")
        .and_then(|p| p.named_child(0))
        .is_some_and(|p| text(p, src).starts_with("request"));
    if decorators.is_empty() && !takes_request {
        return None;
    }
    let drf = decorators
        .iter()
        .any(|d| callee_name(*d, src).as_deref() == Some("api_view"));
    let mut view = ViewDecl {
        name,
        line: line_of(function),
        guards: Vec::new(),
        methods: Vec::new(),
        // DRF's defaults apply to `@api_view` functions only.
        replaces_defaults: !drf,
        notes: Vec::new(),
        method_fns: Vec::new(),
        cached_by: Vec::new(),
    };
    let mut cache: Option<String> = None;
    let mut varies_by_caller = false;
    for decorator in decorators {
        let decorator = unwrap(decorator);
        let path = callee_path(decorator, src)
            .or_else(|| dotted_path(decorator, src))
            .unwrap_or_default();
        let last = path.rsplit('.').next().unwrap_or(&path);
        match last {
            "cache_page" => cache = Some(short_text(decorator, src, 60)),
            // The cache key then carries the session cookie or the credentials.
            "vary_on_cookie" => varies_by_caller = true,
            "vary_on_headers" => {
                varies_by_caller |= positional_args(decorator)
                    .iter()
                    .flat_map(|a| strings(*a, src))
                    .any(|h| {
                        h.eq_ignore_ascii_case("cookie") || h.eq_ignore_ascii_case("authorization")
                    })
            }
            "api_view" | "require_http_methods" => {
                let methods: Vec<String> = positional_args(decorator)
                    .first()
                    .map(|m| strings(*m, src))
                    .unwrap_or_default();
                view.methods = if methods.is_empty() {
                    vec!["GET".into()]
                } else {
                    methods.iter().map(|m| m.to_ascii_uppercase()).collect()
                };
            }
            "require_GET" | "require_safe" => view.methods = vec!["GET".into()],
            "require_POST" => view.methods = vec!["POST".into()],
            "permission_classes" => {
                if let Some(list) = positional_args(decorator).first() {
                    apply_permissions(&mut view, *list, src);
                }
            }
            "csrf_exempt"
            | "never_cache"
            | "authentication_classes"
            | "throttle_classes"
            | "action" => {}
            _ => view.guards.extend(decorator_guard(decorator, src)),
        }
    }
    if let Some(cache) = cache.filter(|_| !varies_by_caller) {
        view.cached_by.push(cache);
    }
    Some(view)
}

/// `permission_classes = [IsAuthenticated]` or `@permission_classes([AllowAny])`.
fn apply_permissions(view: &mut ViewDecl, list: Node<'_>, src: &str) {
    let (guards, allow_any) = permission_guards(list, src);
    view.guards.extend(guards);
    view.replaces_defaults = true;
    if allow_any {
        view.notes.push("permission_classes AllowAny".into());
    }
}

/// Base classes that say which methods a class-based view serves.
const BASE_METHODS: &[(&str, &[&str])] = &[
    ("ReadOnlyModelViewSet", &["GET"]),
    ("ListAPIView", &["GET"]),
    ("RetrieveAPIView", &["GET"]),
    ("CreateAPIView", &["POST"]),
    ("ListCreateAPIView", &["GET", "POST"]),
    ("RetrieveUpdateAPIView", &["GET", "PUT", "PATCH"]),
    ("RetrieveDestroyAPIView", &["GET", "DELETE"]),
    (
        "RetrieveUpdateDestroyAPIView",
        &["GET", "PUT", "PATCH", "DELETE"],
    ),
    ("UpdateAPIView", &["PUT", "PATCH"]),
    ("DestroyAPIView", &["DELETE"]),
    ("ListModelMixin", &["GET"]),
    ("RetrieveModelMixin", &["GET"]),
    ("CreateModelMixin", &["POST"]),
    ("UpdateModelMixin", &["PUT", "PATCH"]),
    ("DestroyModelMixin", &["DELETE"]),
    ("TemplateView", &["GET"]),
    ("ListView", &["GET"]),
    ("DetailView", &["GET"]),
    ("CreateView", &["GET", "POST"]),
    ("UpdateView", &["GET", "POST"]),
    ("DeleteView", &["GET", "POST"]),
    ("FormView", &["GET", "POST"]),
];

/// Handler methods of class-based views and ViewSet actions, with the HTTP method each serves.
const HANDLER_METHODS: &[(&str, &[&str])] = &[
    ("get", &["GET"]),
    ("post", &["POST"]),
    ("put", &["PUT"]),
    ("patch", &["PATCH"]),
    ("delete", &["DELETE"]),
    ("list", &["GET"]),
    ("retrieve", &["GET"]),
    ("create", &["POST"]),
    ("update", &["PUT"]),
    ("partial_update", &["PATCH"]),
    ("destroy", &["DELETE"]),
];

fn class_view(class: Node<'_>, src: &str, name: String) -> Option<ViewDecl> {
    let bases: Vec<String> = class
        .field("superclasses")
        .map(|s| {
            named_children(s)
                .into_iter()
                .filter_map(|b| dotted_path(b, src))
                .map(|b| b.rsplit('.').next().unwrap_or(&b).to_string())
                .collect()
        })
        .unwrap_or_default();
    if !bases
        .iter()
        .any(|b| b.ends_with("View") || b.ends_with("ViewSet") || b.ends_with("Mixin"))
    {
        return None;
    }
    let drf = bases
        .iter()
        .any(|b| b.ends_with("APIView") || b.ends_with("ViewSet"));
    let mut view = ViewDecl {
        name,
        line: line_of(class),
        guards: Vec::new(),
        methods: Vec::new(),
        // DRF's defaults apply to DRF views only.
        replaces_defaults: !drf,
        notes: Vec::new(),
        method_fns: Vec::new(),
        cached_by: Vec::new(),
    };
    let body = class.field("body")?;
    let body_text = text(body, src);
    for base in &bases {
        if matches!(
            base.as_str(),
            "LoginRequiredMixin" | "PermissionRequiredMixin" | "UserPassesTestMixin"
        ) {
            let mut roles = Vec::new();
            if base == "PermissionRequiredMixin" {
                roles = class_attribute(body, src, "permission_required")
                    .map(|v| strings(v, src))
                    .unwrap_or_default();
            }
            if base == "UserPassesTestMixin" {
                for role in ["superuser", "staff"] {
                    if body_text.contains(&format!("is_{role}")) {
                        roles.push(role.to_string());
                    }
                }
            }
            view.guards.push(Guard {
                target: None,
                name: base.clone(),
                text: base.clone(),
                roles,
                authenticates: true,
                level: GuardLevel::Decorator,
                line: line_of(class),
            });
        }
        if let Some((_, methods)) = BASE_METHODS.iter().find(|(b, _)| b == base) {
            view.methods.extend(methods.iter().map(|m| m.to_string()));
        }
    }
    // `@method_decorator(login_required, name="dispatch")` on the class.
    for decorator in decorators(class) {
        if callee_name(decorator, src).as_deref() == Some("method_decorator")
            && let Some(inner) = positional_args(decorator).first()
        {
            for guard in std::iter::once(*inner)
                .chain(super::elements(*inner))
                .filter_map(|d| decorator_guard(d, src))
            {
                view.guards.push(guard);
            }
        }
    }
    if let Some(list) = class_attribute(body, src, "permission_classes") {
        apply_permissions(&mut view, list, src);
    }
    for statement in named_children(body) {
        let Some(method) = definition(statement).filter(|d| d.kind() == "function_definition")
        else {
            continue;
        };
        let Some(method_name) = def_name(method, src) else {
            continue;
        };
        if let Some((_, methods)) = HANDLER_METHODS.iter().find(|(m, _)| *m == method_name) {
            view.methods.extend(methods.iter().map(|m| m.to_string()));
            for m in methods.iter() {
                view.method_fns
                    .push((m.to_string(), method_name.to_string()));
            }
        }
        // `@method_decorator(login_required)` on `dispatch` guards every method.
        if method_name == "dispatch" {
            for decorator in decorators(method) {
                if callee_name(decorator, src).as_deref() == Some("method_decorator")
                    && let Some(inner) = positional_args(decorator).first()
                {
                    view.guards.extend(decorator_guard(*inner, src));
                }
            }
        }
    }
    // A full ModelViewSet (or a plain View without handlers we can see) serves everything
    // the route offers.
    if bases.iter().any(|b| b == "ModelViewSet") {
        view.methods.clear();
    }
    view.methods.sort_by_key(|m| method_order(m));
    view.methods.dedup();
    Some(view)
}

fn method_order(method: &str) -> usize {
    ["GET", "POST", "PUT", "PATCH", "DELETE"]
        .iter()
        .position(|m| *m == method)
        .unwrap_or(9)
}

/// The value of `name = ...` in a class body.
fn class_attribute<'t>(body: Node<'t>, src: &str, name: &str) -> Option<Node<'t>> {
    named_children(body)
        .into_iter()
        .filter_map(|s| assignment(s, src))
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
}

/// `REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": [...IsAuthenticated]}` in settings: a
/// guard on every Django route whose view does not set its own `permission_classes`.
fn read_settings(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    for statement in top_level(file) {
        let Some((name, value)) = assignment(statement, src) else {
            continue;
        };
        if name != "REST_FRAMEWORK" || value.kind() != "dictionary" {
            continue;
        }
        for pair in named_children(value) {
            let (Some(key), Some(list)) = (pair.field("key"), pair.field("value")) else {
                continue;
            };
            if string_value(key, src).as_deref() != Some("DEFAULT_PERMISSION_CLASSES") {
                continue;
            }
            let guards: Vec<Guard> = strings(list, src)
                .into_iter()
                .zip(super::elements(list))
                .filter_map(|(class, node)| {
                    let name = class.rsplit('.').next().unwrap_or(&class).to_string();
                    (name != "AllowAny").then(|| Guard {
                        target: None,
                        authenticates: super::auth::authenticates(&name),
                        roles: if name == "IsAdminUser" {
                            vec![name.clone()]
                        } else {
                            Vec::new()
                        },
                        text: format!("DEFAULT_PERMISSION_CLASSES: {name}"),
                        name,
                        level: GuardLevel::Global,
                        line: line_of(node),
                    })
                })
                .collect();
            if !guards.is_empty() {
                facts.uses.push(UseDecl {
                    owner: "*django".into(),
                    path: None,
                    guards,
                    ordered: false,
                    line: line_of(pair),
                });
            }
        }
    }
}
