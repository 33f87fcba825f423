//! Privilege fields (the fields of a user, account or membership record that decide what its
//! holder may do: role, is_admin, plan, quota, tenant id, verified flags) and the classes and
//! schemas of the repository that declare fields: Pydantic/SQLModel/Django/SQLAlchemy classes,
//! TypeScript DTOs and entities, Mongoose/Sequelize schemas, zod objects. Each module is read
//! once per review (the shapes of a file are kept in the review's [`RepoCache`]), so rules can
//! ask for a class by name at every matched node.

use crate::{CheckContext, RepoCache, RepoView};
use sechound_syntax::modules::{ExportTarget, ImportedName, ModuleRecord};
use sechound_syntax::node::{NodeExt, named_children, text};
use sechound_syntax::{CodeFile, Family, Language, Node};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A field whose value decides what the record's holder may do, by name: `role`, `isAdmin`,
/// `is_superuser`, `plan`, `quota`, `organization_id`, `email_verified`, ….
pub(crate) fn is_privilege_field(name: &str) -> bool {
    let key = normalise_key(name);
    is_grant(&key) || is_account_state(&key)
}

/// Whether `field` is a privilege field of a record named `records` (the model, the schema,
/// the variable written): roles, permissions and tenant or owner ids are on any record; plans,
/// quotas, balances and verified or active flags only on a user, account or membership record
/// (a coupon's `isActive` is the shop's business, a user's is a lock-out lifted).
pub(crate) fn is_privilege_field_of(field: &str, records: &[&str]) -> bool {
    let key = normalise_key(field);
    is_grant(&key) || is_account_state(&key) && records.iter().any(|r| is_principal_record(r))
}

/// [`is_privilege_field_of`] over a list of fields.
pub(crate) fn privilege_fields_of(fields: &[String], records: &[&str]) -> Vec<String> {
    fields
        .iter()
        .filter(|f| is_privilege_field_of(f, records))
        .cloned()
        .collect()
}

fn normalise_key(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Fields that grant rights or place the record in a tenant, on any record.
fn is_grant(key: &str) -> bool {
    matches!(
        key,
        "role"
            | "roles"
            | "roleid"
            | "roleids"
            | "usertype"
            | "accounttype"
            | "accesslevel"
            | "permission"
            | "permissions"
            | "privileges"
            | "scopes"
            | "userpermissions"
            | "admin"
            | "isadmin"
            | "superuser"
            | "issuperuser"
            | "superadmin"
            | "issuperadmin"
            | "isstaff"
            | "ismoderator"
            | "isowner"
            | "organizationid"
            | "organisationid"
            | "orgid"
            | "tenantid"
            | "ownerid"
    )
}

/// Fields that are privileges on an account (its plan, limits, balance, standing).
fn is_account_state(key: &str) -> bool {
    matches!(
        key,
        "groups"
            | "staff"
            | "plan"
            | "planid"
            | "tier"
            | "subscription"
            | "subscriptiontier"
            | "quota"
            | "quotas"
            | "limits"
            | "ratelimit"
            | "credits"
            | "balance"
            | "emailverified"
            | "isemailverified"
            | "verified"
            | "isverified"
            | "isactive"
            | "approved"
            | "isapproved"
    )
}

/// A name for a user, account or membership record: `User`, `prisma.user`, `UpdateUserDto`,
/// `current_user`, `Account.objects`, `this.membersRepository`.
pub(crate) fn is_principal_record(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [
        "user",
        "account",
        "member",
        "profile",
        "customer",
        "tenant",
        "organization",
        "organisation",
        "team",
        "person",
        "employee",
        "staff",
        "admin",
        "owner",
        "wallet",
        "subscriber",
        "player",
        "student",
        "seller",
        "vendor",
    ]
    .iter()
    .any(|word| lower.contains(word))
        || lower
            .split(['.', '_'])
            .any(|part| part == "me" || part == "org")
}

/// "`role` and `is_superuser`".
pub(crate) fn field_list(fields: &[String]) -> String {
    let quoted: Vec<String> = fields.iter().take(4).map(|f| format!("`{f}`")).collect();
    let more = fields.len().saturating_sub(quoted.len());
    match (quoted.len(), more) {
        (1, _) => quoted[0].clone(),
        (_, 0) => {
            let (last, rest) = quoted.split_last().expect("two or more");
            format!("{} and {last}", rest.join(", "))
        }
        _ => format!("{} and {more} more", quoted.join(", ")),
    }
}

/// A class or schema with its fields, as found.
#[derive(Debug, Clone)]
pub(crate) struct Shape {
    /// The name it is declared under.
    pub name: String,
    /// Its fields, those of its bases included.
    pub fields: Vec<String>,
    /// Where it is declared: `app/models.py:12`.
    pub at: String,
}

impl Shape {
    /// Its privilege fields, judged for a record named by the shape or by `records`.
    pub(crate) fn privileged(&self, records: &[&str]) -> Vec<String> {
        let mut named = records.to_vec();
        named.push(&self.name);
        privilege_fields_of(&self.fields, &named)
    }
}

/// A base a class extends: NestJS mapped types keep or drop fields of it.
#[derive(Debug, Clone)]
struct Base {
    name: String,
    /// `PickType(X, ['a'])`: only these.
    pick: Option<Vec<String>>,
    /// `OmitType(X, ['role'])`, zod `.omit({ role: true })`: not these.
    omit: Vec<String>,
}

impl Base {
    fn plain(name: &str) -> Base {
        Base {
            name: name.to_string(),
            pick: None,
            omit: Vec::new(),
        }
    }
}

/// One declaration of a module.
#[derive(Debug, Clone)]
struct Declared {
    fields: Vec<String>,
    bases: Vec<Base>,
    line: u32,
}

/// The declarations of one module, with what its names are imported as.
#[derive(Debug, Default)]
struct ModuleShapes {
    declared: HashMap<String, Declared>,
    /// Local name → (module as written, imported name; `default` for a default import).
    imports: HashMap<String, (String, String)>,
    /// What `default` (`module.exports`, `export default`) stands for.
    default: Option<String>,
}

/// Shapes of every module read so far in this review, by path.
#[derive(Default)]
struct ShapeCache(Mutex<HashMap<String, Arc<ModuleShapes>>>);

/// The class or schema `name` as the file of `cx` sees it: declared there or imported from a
/// module of the repository. `None` when it is not found or declares no field. Each name is
/// resolved once per file.
pub(crate) fn shape(cx: &CheckContext<'_>, name: &str) -> Option<Shape> {
    let file = cx.derived(|| FileShapes {
        here: Arc::new(read_shapes(cx.file)),
        answers: RefCell::new(HashMap::new()),
    });
    let name = name.trim();
    if let Some(known) = file.answers.borrow().get(name) {
        return known.clone();
    }
    let mut fields = Vec::new();
    let resolver = Resolver {
        repo: cx.repo,
        here: &cx.file.path,
        here_shapes: &file.here,
    };
    let answer = resolve(&resolver, &cx.file.path, &file.here, name, 0, &mut fields)
        .filter(|_| !fields.is_empty())
        .map(|at| Shape {
            name: name.to_string(),
            fields,
            at,
        });
    file.answers
        .borrow_mut()
        .insert(name.to_string(), answer.clone());
    answer
}

/// The shapes of the file being checked, and the names already resolved from it.
struct FileShapes {
    here: Arc<ModuleShapes>,
    answers: RefCell<HashMap<String, Option<Shape>>>,
}

struct Resolver<'a> {
    repo: &'a dyn RepoView,
    here: &'a str,
    here_shapes: &'a Arc<ModuleShapes>,
}

impl Resolver<'_> {
    fn module(&self, path: &str) -> Option<Arc<ModuleShapes>> {
        if path == self.here {
            return Some(self.here_shapes.clone());
        }
        let read = || -> Arc<ModuleShapes> {
            let Some(text) = self.repo.read(path) else {
                return Arc::default();
            };
            let Some(language) = Language::from_path(std::path::Path::new(path)) else {
                return Arc::default();
            };
            match sechound_syntax::parse(path.to_string(), language, text) {
                Some(file) => Arc::new(read_shapes(&file)),
                None => Arc::default(),
            }
        };
        match self.repo.cache() {
            Some(cache) => Some(cached(cache, path, read)),
            None => Some(read()),
        }
    }
}

fn cached(
    cache: &RepoCache,
    path: &str,
    read: impl FnOnce() -> Arc<ModuleShapes>,
) -> Arc<ModuleShapes> {
    let store = cache.get_or_build(ShapeCache::default);
    if let Some(known) = store.0.lock().unwrap_or_else(|e| e.into_inner()).get(path) {
        return known.clone();
    }
    // Read outside the lock: other threads read other modules meanwhile.
    let shapes = read();
    store
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(path.to_string())
        .or_insert(shapes)
        .clone()
}

/// Collects the fields of `name` in module `path` (and of its bases) into `out`; returns where
/// it is declared.
fn resolve(
    r: &Resolver<'_>,
    path: &str,
    shapes: &ModuleShapes,
    name: &str,
    depth: u32,
    out: &mut Vec<String>,
) -> Option<String> {
    if depth > 6 {
        return None;
    }
    let name = if name == "default" {
        shapes.default.as_deref()?
    } else {
        name
    };
    if let Some(declared) = shapes.declared.get(name) {
        for f in &declared.fields {
            if !out.contains(f) {
                out.push(f.clone());
            }
        }
        for base in &declared.bases {
            let mut inherited = Vec::new();
            if let Some(known) = known_base(&base.name) {
                inherited.extend(known.iter().map(|f| f.to_string()));
            } else if base.name != name {
                resolve(r, path, shapes, &base.name, depth + 1, &mut inherited);
            }
            for f in inherited {
                let kept = base.pick.as_ref().is_none_or(|p| p.contains(&f));
                if kept && !base.omit.contains(&f) && !out.contains(&f) {
                    out.push(f);
                }
            }
        }
        return Some(format!("{path}:{}", declared.line));
    }
    // `schemas.UserCreate` after `from app import schemas`, `dto.UpdateUserDto` after
    // `import * as dto from './dto'`: the name in that module.
    if let Some((head, rest)) = name.split_once('.') {
        let (module, imported) = shapes.imports.get(head)?;
        let mut modules = Vec::new();
        if imported != "default" {
            modules.push(if module.ends_with('.') {
                format!("{module}{imported}")
            } else {
                format!("{module}.{imported}")
            });
        }
        modules.push(module.clone());
        for module in modules {
            if let Some(target) = module_path(r.repo.paths(), path, &module)
                && let Some(other) = r.module(&target)
                && let Some(at) = resolve(r, &target, &other, rest, depth + 1, out)
            {
                return Some(at);
            }
        }
        return None;
    }
    let (module, imported) = shapes.imports.get(name)?;
    if module == "django.contrib.auth.models" && imported == "User" {
        out.extend(DJANGO_USER.iter().map(|f| f.to_string()));
        return Some(module.clone());
    }
    let target = module_path(r.repo.paths(), path, module)?;
    let other = r.module(&target)?;
    resolve(r, &target, &other, imported, depth + 1, out)
}

/// Fields of Django's user: `AbstractUser`, `PermissionsMixin`.
const DJANGO_USER: &[&str] = &[
    "is_superuser",
    "is_staff",
    "is_active",
    "groups",
    "user_permissions",
];

fn known_base(name: &str) -> Option<&'static [&'static str]> {
    match name {
        "AbstractUser" | "PermissionsMixin" => Some(DJANGO_USER),
        _ => None,
    }
}

/// The repository file an import from `from` names: a Python module (`app.models`, `.models`)
/// or a JavaScript specifier (`./models/user`, `@/users/dto`).
fn module_path(paths: &[String], from: &str, module: &str) -> Option<String> {
    if from.ends_with(".py") {
        crate::module_files::python_module_path(module, from, paths)
    } else {
        crate::module_files::js_module_path(module, from, paths)
    }
}

/// The declarations of one parsed file.
fn read_shapes(file: &CodeFile) -> ModuleShapes {
    let record = sechound_syntax::modules::read_file(file);
    let root = file.tree.root_node();
    let src = file.text();
    let mut shapes = ModuleShapes::default();
    read_imports(&record, &mut shapes);
    match file.language.family() {
        Family::Python => {
            for statement in named_children(root) {
                let statement = match statement.kind() {
                    "decorated_definition" => match statement.field("definition") {
                        Some(d) => d,
                        None => continue,
                    },
                    _ => statement,
                };
                if statement.kind() == "class_definition" {
                    python_class(statement, src, &mut shapes);
                }
            }
        }
        Family::Js => {
            for statement in named_children(root) {
                js_statement(statement, src, &mut shapes);
            }
        }
        _ => {}
    }
    shapes
}

fn read_imports(record: &ModuleRecord, shapes: &mut ModuleShapes) {
    for import in record.imports.iter().filter(|i| i.scope.is_none()) {
        let name = match &import.name {
            ImportedName::Default | ImportedName::Namespace => "default".to_string(),
            ImportedName::Named(n) => n.clone(),
        };
        shapes
            .imports
            .insert(import.local.clone(), (import.module.clone(), name));
    }
    for export in &record.exports {
        if export.name == "default"
            && let ExportTarget::Local(local) = &export.target
        {
            shapes.default = Some(local.clone());
        }
    }
}

fn line(node: Node<'_>) -> u32 {
    node.start_position().row as u32 + 1
}

fn push(fields: &mut Vec<String>, name: &str) {
    let name = name.trim_matches(|c| c == '"' || c == '\'' || c == '`');
    if !name.is_empty() && !fields.iter().any(|f| f == name) {
        fields.push(name.to_string());
    }
}

/// A Python class: the names its body assigns or annotates (`role: str = "user"`,
/// `is_admin = Column(Boolean)`, `plan = models.CharField()`), and its bases.
fn python_class(class: Node<'_>, src: &str, shapes: &mut ModuleShapes) {
    let Some(name) = class.field("name") else {
        return;
    };
    let mut fields = Vec::new();
    if let Some(body) = class.field("body") {
        for statement in named_children(body) {
            if statement.kind() == "expression_statement"
                && let Some(assignment) = statement.named_child(0)
                && assignment.kind() == "assignment"
                && let Some(left) = assignment.field("left")
                && left.kind() == "identifier"
            {
                push(&mut fields, text(left, src));
            }
        }
    }
    let bases = class
        .field("superclasses")
        .map(|list| {
            named_children(list)
                .into_iter()
                .filter_map(|b| match b.kind() {
                    "identifier" => Some(Base::plain(text(b, src))),
                    "attribute" => b.field("attribute").map(|a| Base::plain(text(a, src))),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    shapes.declared.insert(
        text(name, src).to_string(),
        Declared {
            fields,
            bases,
            line: line(class),
        },
    );
}

/// A top-level JavaScript/TypeScript statement: classes, schema objects bound to names, and
/// what the module exports by default.
fn js_statement(statement: Node<'_>, src: &str, shapes: &mut ModuleShapes) {
    match statement.kind() {
        "export_statement" => {
            if let Some(declaration) = statement.field("declaration") {
                js_statement(declaration, src, shapes);
            } else if let Some(value) = statement.field("value") {
                // `export default mongoose.model('User', userSchema)`.
                js_default(value, src, shapes);
            }
        }
        "class_declaration" | "abstract_class_declaration" | "class" => {
            js_class(statement, src, shapes);
        }
        "lexical_declaration" | "variable_declaration" => {
            for declarator in named_children(statement) {
                if declarator.kind() != "variable_declarator" {
                    continue;
                }
                let (Some(name), Some(value)) =
                    (declarator.field("name"), declarator.field("value"))
                else {
                    continue;
                };
                if name.kind() != "identifier" {
                    continue;
                }
                let name = text(name, src);
                let value = sechound_syntax::js::unwrap(value);
                if value.kind() == "class" {
                    js_class_named(value, name, src, shapes);
                } else if let Some(declared) = js_schema(value, src) {
                    shapes.declared.insert(name.to_string(), declared);
                }
            }
        }
        "expression_statement" => {
            let Some(expr) = statement.named_child(0) else {
                return;
            };
            if expr.kind() == "assignment_expression"
                && let (Some(left), Some(right)) = (expr.field("left"), expr.field("right"))
                && text(left, src) == "module.exports"
            {
                js_default(right, src, shapes);
            } else if expr.kind() == "call_expression"
                && let Some(callee) = sechound_syntax::js::callee_path(expr, src)
                && let Some(class) = callee.strip_suffix(".init")
                && let Some(object) = sechound_syntax::js::arguments(expr).first()
                && object.kind() == "object"
            {
                // Sequelize `User.init({ role: DataTypes.STRING }, { sequelize })`.
                let entry = shapes
                    .declared
                    .entry(class.to_string())
                    .or_insert_with(|| Declared {
                        fields: Vec::new(),
                        bases: Vec::new(),
                        line: line(expr),
                    });
                for key in object_keys(*object, src) {
                    push(&mut entry.fields, &key);
                }
            }
        }
        _ => {}
    }
}

/// `module.exports = X` / `export default X`: a name, or a schema or model built in place.
fn js_default(value: Node<'_>, src: &str, shapes: &mut ModuleShapes) {
    let value = sechound_syntax::js::unwrap(value);
    match value.kind() {
        "identifier" => shapes.default = Some(text(value, src).to_string()),
        "class" => {
            let name = value
                .field("name")
                .map_or("default", |n| text(n, src))
                .to_string();
            js_class_named(value, &name, src, shapes);
            shapes.default = Some(name);
        }
        _ => {
            if let Some(declared) = js_schema(value, src) {
                shapes.declared.insert("default".into(), declared);
                shapes.default = Some("default".into());
            }
        }
    }
}

fn js_class(class: Node<'_>, src: &str, shapes: &mut ModuleShapes) {
    if let Some(name) = class.field("name") {
        js_class_named(class, text(name, src), src, shapes);
    }
}

/// A class's declared properties (`role: Role`, `@Column() isAdmin: boolean`) and its bases,
/// NestJS mapped types included (`PartialType(X)`, `OmitType(X, ['role'])`).
fn js_class_named(class: Node<'_>, name: &str, src: &str, shapes: &mut ModuleShapes) {
    let mut fields = Vec::new();
    if let Some(body) = class.field("body") {
        for member in named_children(body) {
            if matches!(
                member.kind(),
                "public_field_definition" | "field_definition"
            ) && let Some(property) = member.field("name").or_else(|| member.field("property"))
                && matches!(
                    property.kind(),
                    "property_identifier" | "string" | "private_property_identifier"
                )
            {
                push(&mut fields, text(property, src));
            }
        }
    }
    let mut bases = Vec::new();
    for child in named_children(class) {
        if child.kind() != "class_heritage" {
            continue;
        }
        for clause in named_children(child) {
            let values: Vec<Node<'_>> = if clause.kind() == "extends_clause" {
                named_children(clause)
                    .into_iter()
                    .filter(|n| n.kind() != "type_arguments")
                    .collect()
            } else if clause.kind() != "implements_clause" {
                vec![clause]
            } else {
                Vec::new()
            };
            for value in values {
                mapped_bases(value, src, &mut bases);
            }
        }
    }
    shapes.declared.insert(
        name.to_string(),
        Declared {
            fields,
            bases,
            line: line(class),
        },
    );
}

/// `X`, `PartialType(X)`, `OmitType(X, ['role'] as const)`, `PickType(X, ['a'])`,
/// `IntersectionType(A, B)`.
fn mapped_bases(value: Node<'_>, src: &str, out: &mut Vec<Base>) {
    let value = sechound_syntax::js::unwrap(value);
    match value.kind() {
        "identifier" => out.push(Base::plain(text(value, src))),
        "member_expression" => {
            if let Some(p) = value.field("property") {
                out.push(Base::plain(text(p, src)));
            }
        }
        "call_expression" => {
            let callee = sechound_syntax::js::method_name(value, src).unwrap_or("");
            let args = sechound_syntax::js::arguments(value);
            match callee {
                "OmitType" | "PickType" => {
                    let (Some(first), Some(list)) = (args.first(), args.get(1)) else {
                        return;
                    };
                    let listed = string_items(*list, src);
                    let mut inner = Vec::new();
                    mapped_bases(*first, src, &mut inner);
                    for mut base in inner {
                        if callee == "OmitType" {
                            base.omit.extend(listed.iter().cloned());
                        } else {
                            base.pick = Some(listed.clone());
                        }
                        out.push(base);
                    }
                }
                "PartialType" | "IntersectionType" | "mixin" => {
                    for arg in args {
                        mapped_bases(arg, src, out);
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
}

/// The strings of `['a', 'b'] as const`.
fn string_items(list: Node<'_>, src: &str) -> Vec<String> {
    let mut node = list;
    while matches!(node.kind(), "as_expression" | "satisfies_expression") {
        match node.named_child(0) {
            Some(n) => node = n,
            None => break,
        }
    }
    if node.kind() != "array" {
        return Vec::new();
    }
    named_children(node)
        .into_iter()
        .filter_map(|n| sechound_syntax::js::string_value(n, src))
        .collect()
}

/// A schema built from an object of fields: `new Schema({...})`, `new mongoose.Schema({...})`,
/// `sequelize.define('User', {...})`, `z.object({...})` (with `.omit`/`.pick`/`.extend`), and a
/// model built on a named schema (`mongoose.model('User', userSchema)`).
fn js_schema(value: Node<'_>, src: &str) -> Option<Declared> {
    let value = sechound_syntax::js::unwrap(value);
    match value.kind() {
        "new_expression" => {
            let constructor = value.field("constructor").map(|c| text(c, src))?;
            if !constructor.ends_with("Schema") {
                return None;
            }
            let object = sechound_syntax::js::arguments(value).into_iter().next()?;
            (object.kind() == "object").then(|| Declared {
                fields: object_keys(object, src),
                bases: Vec::new(),
                line: line(value),
            })
        }
        "call_expression" => {
            let name = sechound_syntax::js::method_name(value, src)?;
            let args = sechound_syntax::js::arguments(value);
            match name {
                "object" | "Schema" | "strictObject" => {
                    let object = args.first()?;
                    (object.kind() == "object").then(|| Declared {
                        fields: object_keys(*object, src),
                        bases: Vec::new(),
                        line: line(value),
                    })
                }
                "define" => {
                    let object = args.get(1)?;
                    (object.kind() == "object").then(|| Declared {
                        fields: object_keys(*object, src),
                        bases: Vec::new(),
                        line: line(value),
                    })
                }
                "model" => {
                    // `mongoose.model('User', userSchema)`: the schema names the fields.
                    let schema = args.get(1)?;
                    match schema.kind() {
                        "identifier" => Some(Declared {
                            fields: Vec::new(),
                            bases: vec![Base::plain(text(*schema, src))],
                            line: line(value),
                        }),
                        _ => js_schema(*schema, src),
                    }
                }
                "omit" | "pick" | "extend" | "merge" | "strict" | "partial" | "passthrough" => {
                    let receiver = sechound_syntax::js::receiver(value)?;
                    let mut inner = match receiver.kind() {
                        "identifier" => Declared {
                            fields: Vec::new(),
                            bases: vec![Base::plain(text(receiver, src))],
                            line: line(value),
                        },
                        _ => js_schema(receiver, src)?,
                    };
                    let keys = args
                        .first()
                        .filter(|a| a.kind() == "object")
                        .map(|a| object_keys(*a, src))
                        .unwrap_or_default();
                    match name {
                        "omit" => {
                            inner.fields.retain(|f| !keys.contains(f));
                            for base in &mut inner.bases {
                                base.omit.extend(keys.iter().cloned());
                            }
                        }
                        "pick" => {
                            inner.fields.retain(|f| keys.contains(f));
                            for base in &mut inner.bases {
                                base.pick = Some(keys.clone());
                            }
                        }
                        "extend" => {
                            for k in keys {
                                push(&mut inner.fields, &k);
                            }
                        }
                        _ => {}
                    }
                    Some(inner)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The keys of an object literal: `{ role: String, 'isAdmin': Boolean, plan }`.
fn object_keys(object: Node<'_>, src: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for child in named_children(object) {
        match child.kind() {
            "pair" => {
                if let Some(key) = sechound_syntax::js::pair_key(child, src) {
                    push(&mut keys, key);
                }
            }
            "shorthand_property_identifier" => push(&mut keys, text(child, src)),
            _ => {}
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn privilege_fields_by_name_in_any_case() {
        for name in [
            "role",
            "isAdmin",
            "is_superuser",
            "email_verified",
            "organizationId",
            "tenant_id",
            "plan",
        ] {
            assert!(is_privilege_field(name), "{name}");
        }
        for name in [
            "email",
            "full_name",
            "password",
            "title",
            "roleplay",
            "owner",
        ] {
            assert!(!is_privilege_field(name), "{name}");
        }
    }

    #[test]
    fn account_state_counts_on_accounts_only() {
        assert!(is_privilege_field_of(
            "isActive",
            &["User.findByIdAndUpdate"]
        ));
        assert!(is_privilege_field_of("plan", &["current_user"]));
        assert!(!is_privilege_field_of(
            "isActive",
            &["Coupon.findByIdAndUpdate"]
        ));
        assert!(!is_privilege_field_of("balance", &["Invoice"]));
        // Roles and tenants are privileges on any record.
        assert!(is_privilege_field_of("role", &["Invitation"]));
        assert!(is_privilege_field_of("tenant_id", &["Project"]));
    }

    #[test]
    fn lists_fields_for_a_sentence() {
        let f = |v: &[&str]| field_list(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(f(&["role"]), "`role`");
        assert_eq!(f(&["role", "plan"]), "`role` and `plan`");
    }

    #[test]
    fn python_modules_resolve_relative_and_absolute() {
        let paths = vec![
            "backend/app/api/routes/users.py".to_string(),
            "backend/app/models.py".to_string(),
        ];
        assert_eq!(
            module_path(&paths, "backend/app/api/routes/users.py", "app.models").as_deref(),
            Some("backend/app/models.py")
        );
        assert_eq!(
            module_path(&paths, "backend/app/api/routes/users.py", "...models").as_deref(),
            Some("backend/app/models.py")
        );
    }

    #[test]
    fn js_modules_resolve_with_extensions() {
        let paths = vec![
            "src/models/user.model.js".to_string(),
            "src/users/dto/update-user.dto.ts".to_string(),
        ];
        assert_eq!(
            module_path(&paths, "src/controllers/user.js", "../models/user.model").as_deref(),
            Some("src/models/user.model.js")
        );
        assert_eq!(
            module_path(
                &paths,
                "src/users/users.controller.ts",
                "./dto/update-user.dto"
            )
            .as_deref(),
            Some("src/users/dto/update-user.dto.ts")
        );
    }
}
