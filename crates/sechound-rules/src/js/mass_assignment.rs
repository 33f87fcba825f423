use super::flow::hits;
use super::sinks::{sink_name, unconverted_or_param_flow};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{callee, callee_path, object_property, unwrap};
use sechound_syntax::node::text;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// The whole request body written into a model, so the client chooses which fields are
    /// set: `new Model(req.body)`, Mongoose/Sequelize `Model.create(req.body)`,
    /// `findByIdAndUpdate(id, req.body)`, `updateOne(filter, req.body)`, `user.update(req.body)`,
    /// `user.set(req.body)`, TypeORM `repository.save(req.body)` / `merge(entity, req.body)`,
    /// Prisma `create/update({ data: req.body })`, and `Object.assign(entity, req.body)`.
    ///
    /// An object passed in as a parameter and written the same way is followed across
    /// functions and files; whether the caller picked its fields first is not seen.
    ///
    /// ## Why it matters
    /// Fields the form never shows (`isAdmin`, `role`, `ownerId`, `balance`, `verified`) are
    /// set by adding them to the request: privilege escalation and data tampering.
    ///
    /// ## Not reported
    /// Single fields (`req.body.name`), objects built field by field or picked
    /// (`_.pick(req.body, FIELDS)`), NestJS DTO parameters (a `ValidationPipe` with
    /// `whitelist: true` strips unknown fields), and bodies checked by a schema first.
    ///
    /// ## Example
    /// ```js
    /// const user = await User.create(req.body);                                 // reported
    /// const user = await User.create({ name: req.body.name, email: req.body.email }); // fine
    /// ```
    pub struct MassAssignment {
        id: "js.mass-assignment",
        title: "Request body assigned to a model wholesale",
        severity: Medium,
        confidence: Medium,
        area: Authorization,
        cwe: [915],
        owasp: A08,
        effort: Hours,
        impact: "A client can set fields it should not control, such as its role, owner or account balance.",
        recommendation: "Copy the allowed fields explicitly (`const { name, email } = req.body`), or validate the body with a schema that strips unknown keys (zod `.strict()`/`.pick()`, Joi `stripUnknown`, class-validator with `whitelist: true`) and pass only its output.",
        verification: "Send the request with an extra field such as `\"isAdmin\": true` or `\"role\": \"admin\"` and check that the stored record ignores it.",
    }
}

impl CodeRule for MassAssignment {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "new_expression"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let candidates: Vec<(Node<'f>, String)> = if call.kind() == "new_expression" {
            // `new User(req.body)`: a model class (capitalised) built from the body.
            let Some(class) = callee(call)
                .and_then(|c| callee_path(call, src).or(Some(text(c, src).to_string())))
            else {
                return;
            };
            let last = class.rsplit('.').next().unwrap_or(&class).to_string();
            if !last.starts_with(|c: char| c.is_ascii_uppercase())
                || matches!(
                    last.as_str(),
                    "Error"
                        | "URL"
                        | "Date"
                        | "Map"
                        | "Set"
                        | "Promise"
                        | "Buffer"
                        | "URLSearchParams"
                )
                || last.ends_with("Error")
                || last.ends_with("Dto")
                || last.ends_with("Schema")
            {
                return;
            }
            sechound_syntax::js::arguments(call)
                .first()
                .map(|a| {
                    vec![(
                        *a,
                        format!("builds the model `{last}` with every field the client sent"),
                    )]
                })
                .unwrap_or_default()
        } else {
            // `Object.assign({}, req.body)` copies into a fresh object, not a model.
            if callee_path(call, src).as_deref() == Some("Object.assign")
                && sechound_syntax::js::arguments(call)
                    .first()
                    .is_some_and(|t| unwrap(*t).kind() == "object")
            {
                return;
            }
            hits(cx, call, Class::MassAssignment)
                .into_iter()
                .flat_map(|hit| {
                    hit.args
                        .into_iter()
                        .map(move |a| (a, hit.sink.effect.to_string()))
                })
                .collect()
        };
        for (arg, effect) in candidates {
            // Prisma: `{ data: req.body }`.
            let resolved = cx.js_taint().resolve(arg);
            let value = if resolved.kind() == "object" {
                match object_property(resolved, src, "data") {
                    Some(data) => data,
                    None => continue,
                }
            } else {
                arg
            };
            let Some(flow) = unconverted_or_param_flow(cx, value) else {
                continue;
            };
            if !flow.is_pending() && !whole_body(&flow.trace.source) {
                continue;
            }
            let message = format!("{}, which {effect}.", flow.describe(&sink_name(call, src)));
            cx.report(call, message).flow(flow.raw.clone());
            return;
        }
    }
}

/// The request body itself, not one of its fields.
fn whole_body(source: &str) -> bool {
    let source = source.trim();
    matches!(
        source,
        "req.body" | "request.body" | "ctx.request.body" | "{ body }" | "body"
    ) || source.ends_with(".body") && !source.contains('[') && source.matches('.').count() <= 2
}
