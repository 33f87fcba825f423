//! What one file contributes to the project model, extracted from its syntax tree once.
//!
//! Facts name things by their local identifiers (`router`, `app`); `compose` resolves those
//! names across files through imports and exports.

use sechound_core::project::{ControlEvidence, ControlKind, Exemption, Framework, GuardLevel};

pub use sechound_syntax::modules::{Import, ImportedName};

/// A routing object: an application or a router that routes and mounts hang off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouterDecl {
    pub local: String,
    /// Applications are where composition starts.
    pub is_app: bool,
    pub framework: Framework,
    /// A prefix the object carries itself (`APIRouter(prefix=...)`, `Blueprint(url_prefix=...)`,
    /// `@Controller('users')`).
    pub prefix: Option<String>,
    /// A prefix that is not a literal, for the model to resolve.
    pub prefix_value: Option<ValueFact>,
    /// Guards attached at construction (`APIRouter(dependencies=[...])`, NestJS class guards).
    pub guards: Vec<Guard>,
    pub line: u32,
    /// For an application or router received as a parameter (`module.exports = (app) => {
    /// app.get(...) }`): the function (where it starts, in bytes) and the parameter's position.
    /// Composition links it to the calls that pass a router there.
    pub param: Option<(usize, u32)>,
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
    /// A path that is not a literal (`path(settings.ADMIN_URL, ...)`), for the model to
    /// resolve.
    pub path_value: Option<ValueFact>,
    pub handler: Option<String>,
    pub guards: Vec<Guard>,
    pub line: u32,
    pub code: String,
    pub framework: Framework,
    /// A marker that opts the route out of authentication on purpose (NestJS `@Public()`,
    /// `@SetMetadata('isPublic', true)`), as written: global guards that honour it let the
    /// route through, so it is reported as exempted rather than authenticated.
    pub public_marker: Option<String>,
    /// Where the handler's code is.
    pub handler_at: Option<HandlerAt>,
    /// Conditions the declaration is under.
    pub conditions: Vec<ConditionFact>,
}

/// Where a route's handler code is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandlerAt {
    /// A function written in place (or the decorated function), by where it starts (bytes).
    Inline(usize),
    /// A name to resolve through the program (local aliases already followed).
    Name(String),
    /// A handler built by calls (`asyncHandler(searchProducts())`): the functions called,
    /// innermost first.
    Built(Vec<String>),
    /// A function named in another file (an OpenAPI `operationId`): the file and the name
    /// there.
    In { file: String, name: String },
}

/// Routing driven by an OpenAPI document: connexion's `add_api('openapi.yaml')`,
/// express-openapi's `initialize({ apiDoc, paths })`, `express-openapi-validator`'s
/// `middleware({ apiSpec, operationHandlers })`, oas3-tools' `expressAppConfig(spec, ...)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenApiDecl {
    pub tool: OpenApiTool,
    /// Where the document may be, repository paths, most likely first.
    pub documents: Vec<String>,
    /// The directory operation handlers are looked up in (JavaScript tools), candidates as
    /// for the document.
    pub handlers_dirs: Vec<String>,
    /// A base path given where the document is loaded (connexion `base_path=`).
    pub base_path: Option<String>,
    /// True when the tool is configured to enforce the document's security requirements
    /// (express-openapi `securityHandlers`, express-openapi-validator `validateSecurity` not
    /// switched off).
    pub enforces_security: bool,
    pub line: u32,
    pub code: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenApiTool {
    Connexion,
    ExpressOpenapi,
    ExpressOpenapiValidator,
    Oas3Tools,
}

impl OpenApiTool {
    pub fn name(self) -> &'static str {
        match self {
            OpenApiTool::Connexion => "connexion",
            OpenApiTool::ExpressOpenapi => "express-openapi",
            OpenApiTool::ExpressOpenapiValidator => "express-openapi-validator",
            OpenApiTool::Oas3Tools => "oas3-tools",
        }
    }
}

/// An `if` a declaration is under.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionFact {
    /// The condition as written, shortened.
    pub text: String,
    pub line: u32,
    /// What the condition reads (`settings.ENVIRONMENT`), for the model to resolve.
    pub subject: Option<sechound_syntax::value::Value>,
}

impl Eq for ConditionFact {}

/// A function called to build something, by name or by module (`require('./routes')(app)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallRef {
    Name(String),
    /// The module's default export.
    Module(String),
}

/// `app.use('/api', router)`, `app.include_router(r, prefix=...)`, `path('api/', include(...))`,
/// and a router passed to a function that declares routes on it (`routes(app)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MountDecl {
    pub owner: String,
    pub prefix: Option<String>,
    /// A prefix that is not a literal (`settings.API_V1_STR`, `f"{prefix}/auth"`), for the
    /// model to resolve.
    pub prefix_value: Option<ValueFact>,
    /// Conditions the mount is under.
    pub conditions: Vec<ConditionFact>,
    /// What the mounted expression is if it turns out not to be a router (`app.use(makeX())`
    /// where `makeX` returns middleware).
    pub fallback: Option<Guard>,
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
    /// A router passed to a function as argument `index` (`routes(app, db)`): the routes that
    /// function declares on its parameter.
    Passed { callee: CallRef, index: u32 },
    /// What a function returns (`require('./routes/app')()`, `makeRouter(deps)`).
    Built(CallRef),
    /// An expression sechound cannot follow.
    Unresolved(String),
}

/// A value read from the tree, compared by its description (the value type has floats).
#[derive(Debug, Clone, PartialEq)]
pub struct ValueFact(pub sechound_syntax::value::Value);

impl Eq for ValueFact {}

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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Guard {
    /// The code to judge: a name to resolve through the program (local aliases already
    /// followed), and whether the guard is what calling it returns (`isAuthorized()`).
    pub target: Option<GuardTarget>,
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
    pub level: GuardLevel,
    pub line: u32,
}

/// Where a guard's code is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GuardTarget {
    pub name: String,
    pub called: bool,
    /// The first string argument of the call (`passport.authenticate('jwt')`).
    pub argument: Option<String>,
}

impl GuardTarget {
    pub fn named(name: impl Into<String>, called: bool) -> Option<GuardTarget> {
        Some(GuardTarget {
            name: name.into(),
            called,
            argument: None,
        })
    }
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
    /// The method of a class-based view that serves each HTTP method (`POST` → `post`,
    /// `DELETE` → `destroy`), in class order: the endpoint of that HTTP method is judged by
    /// what that method does, not by the class.
    pub method_fns: Vec<(String, String)>,
    /// Response caches the view is wrapped in whose key does not vary with the caller
    /// (`@cache_page(60)` without `@vary_on_cookie`), as written.
    pub cached_by: Vec<String>,
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
    /// Secret-like environment variables read (see `signals.rs`).
    pub secret_env_reads: Vec<ControlEvidence>,
    /// NestJS `app.setGlobalPrefix('api')`.
    pub global_prefix: Option<String>,
    /// Functions that return a router of this file (a router factory): where the function
    /// starts (bytes) and the router's local name.
    pub factory_returns: Vec<(usize, String)>,
    /// OpenAPI documents that drive routing.
    pub openapi: Vec<OpenApiDecl>,
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
            && self.factory_returns.is_empty()
            && self.openapi.is_empty()
            && self.notes.is_empty()
    }
}
