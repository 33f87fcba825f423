//! What one file contributes to the project model, extracted from its syntax tree once.
//!
//! Facts name things by their local identifiers (`router`, `app`); `compose` resolves those
//! names across files through imports and exports.

use sechound_core::project::{ControlEvidence, ControlKind, Exemption};

pub use sechound_syntax::modules::{Import, ImportedName};

/// A routing object: an application or a router that routes and mounts hang off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouterDecl {
    pub local: String,
    /// Applications are where composition starts.
    pub is_app: bool,
    pub framework: &'static str,
    /// A prefix the object carries itself (`APIRouter(prefix=...)`, `Blueprint(url_prefix=...)`,
    /// `@Controller('users')`).
    pub prefix: Option<String>,
    /// Guards attached at construction (`APIRouter(dependencies=[...])`, NestJS class guards).
    pub guards: Vec<Guard>,
    pub line: u32,
}

/// A route declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteDecl {
    /// The router it is declared on; `None` for routes whose path is already complete
    /// (Next.js files, Django patterns are attached to the module's `urlpatterns`).
    pub owner: Option<String>,
    pub methods: Vec<String>,
    /// `None` when the path is built at run time.
    pub path: Option<String>,
    pub handler: Option<String>,
    pub guards: Vec<Guard>,
    pub line: u32,
    pub code: String,
    pub framework: &'static str,
    /// A marker that opts the route out of authentication on purpose (NestJS `@Public()`,
    /// `@SetMetadata('isPublic', true)`), as written: global guards that honour it let the
    /// route through, so it is reported as exempted rather than authenticated.
    pub public_marker: Option<String>,
}

/// `app.use('/api', router)`, `app.include_router(r, prefix=...)`, `path('api/', include(...))`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MountDecl {
    pub owner: String,
    pub prefix: Option<String>,
    pub target: MountTarget,
    pub guards: Vec<Guard>,
    /// True when the mount's prefix takes the place of the router's own (Flask's
    /// `register_blueprint(bp, url_prefix=...)` overrides `Blueprint(url_prefix=...)`).
    pub replaces_prefix: bool,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountTarget {
    /// A name in this file, possibly dotted through a namespace import (`users.router`).
    Local(String),
    /// A module given by name (`include('blog.urls')`), with the router's local name in it.
    Module { module: String, local: String },
    /// An expression sechound cannot follow.
    Unresolved(String),
}

/// Middleware or hooks attached to a router for everything declared after them
/// (`app.use(auth)`, `app.use('/admin', auth)`), or for all of it (`before_request`).
///
/// Uses owned by `*<framework>` are global; their `path`, when set, limits them to the
/// complete-path routes at or below it (a Next.js middleware `matcher` entry, a socket.io
/// namespace).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UseDecl {
    pub owner: String,
    pub path: Option<String>,
    pub guards: Vec<Guard>,
    /// Express semantics: only what is declared later in the file is behind it.
    pub ordered: bool,
    pub line: u32,
}

/// Something on the way to a handler that may check the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guard {
    /// The name to resolve against authentication definitions (`requireAuth`,
    /// `get_current_user`, `JwtAuthGuard`).
    pub name: String,
    /// As written, for the report.
    pub text: String,
    /// Roles or permissions named in the guard itself (`requireRole('admin')`).
    pub roles: Vec<String>,
    /// True when the guard is known to authenticate from its form alone (`passport.authenticate`,
    /// `login_required`, `IsAuthenticated`), whatever its definition.
    pub authenticates: bool,
    pub level: &'static str,
    pub line: u32,
}

/// A function or class that authenticates callers, with what it lets through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthDef {
    pub name: String,
    pub line: u32,
    pub exemptions: Vec<Exemption>,
    /// Roles it checks itself.
    pub roles: Vec<String>,
}

/// A function, class or type alias that carries guards wherever a route uses it, when the
/// route is declared in another place than the code it runs: a Django view with
/// `@login_required` referenced from `urls.py`, a DRF view with `permission_classes`, a FastAPI
/// `CurrentUser = Annotated[User, Depends(get_current_user)]` used as a parameter type.
///
/// `compose` resolves a route's `handler`, and the name of each of its guards, through imports
/// to a declaration of this kind and applies what it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewDecl {
    pub name: String,
    pub line: u32,
    pub guards: Vec<Guard>,
    /// The HTTP methods the view serves when it says (`@require_POST`, `@api_view(["GET"])`,
    /// the `get`/`post` methods of a class-based view); empty when it does not. A route's
    /// methods are narrowed to these (`ANY` becomes these).
    pub methods: Vec<String>,
    /// True when framework-wide default guards (uses of owner `*framework`, level `global`)
    /// do not reach this view: a DRF view with its own `permission_classes` replaces
    /// `DEFAULT_PERMISSION_CLASSES`, and a plain Django view is outside DRF altogether.
    pub replaces_defaults: bool,
    /// Carried to the endpoint's notes (`permission_classes AllowAny`).
    pub notes: Vec<String>,
}

/// A function's name and lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionSpan {
    pub name: String,
    pub start_line: u32,
    pub end_line: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ControlFact {
    pub kind: ControlKind,
    pub evidence: ControlEvidence,
}

/// Everything one file contributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileFacts {
    pub path: String,
    pub imports: Vec<Import>,
    /// Exported name (`default` for a default export or `module.exports =`) → local name.
    pub exports: Vec<(String, String)>,
    pub routers: Vec<RouterDecl>,
    pub routes: Vec<RouteDecl>,
    pub mounts: Vec<MountDecl>,
    pub uses: Vec<UseDecl>,
    pub auth_defs: Vec<AuthDef>,
    /// Views and aliases that carry guards for routes declared elsewhere.
    pub views: Vec<ViewDecl>,
    pub controls: Vec<ControlFact>,
    /// Signals of the handler of the route declared at a line (see `signals.rs`).
    pub handler_signals: Vec<(u32, Vec<String>)>,
    /// Lines of the handler function of the route declared at a line, when it is in this file.
    pub handler_spans: Vec<(u32, FunctionSpan)>,
    /// For a route whose handler is built by a call (`asyncHandler(searchProducts())`), the
    /// functions called, innermost first: the factory that returns the handler, then wrappers.
    pub handler_callees: Vec<(u32, Vec<String>)>,
    /// Named functions of a module that can export them (JavaScript modules with exports,
    /// Python modules): where a route in another file may name its handler.
    pub functions: Vec<FunctionSpan>,
    /// Secret-like environment variables read (see `signals.rs`).
    pub secret_env_reads: Vec<ControlEvidence>,
    /// NestJS `app.setGlobalPrefix('api')`.
    pub global_prefix: Option<String>,
    /// Facts that could not be read (a route path built at run time ...), for the notes.
    pub notes: Vec<String>,
}

impl FileFacts {
    pub fn is_empty(&self) -> bool {
        self.routers.is_empty()
            && self.routes.is_empty()
            && self.mounts.is_empty()
            && self.uses.is_empty()
            && self.auth_defs.is_empty()
            && self.views.is_empty()
            && self.controls.is_empty()
            && self.global_prefix.is_none()
            && self.notes.is_empty()
    }
}
