//! JavaScript and TypeScript frameworks.

pub(crate) mod express;
pub(crate) mod fastify;
pub(crate) mod guards;
pub(crate) mod modules;
pub(crate) mod nest;
pub(crate) mod next;
pub(crate) mod refs;
pub(crate) mod websocket;

use crate::facts::FileFacts;
use sechound_syntax::CodeFile;
use sechound_syntax::modules::ModuleRecord;

/// Reads what a JavaScript or TypeScript file contributes to the project model.
pub(crate) fn read(file: &CodeFile, record: &ModuleRecord, facts: &mut FileFacts) {
    modules::read_modules(record, facts);
    express::read_express(file, record, facts);
    fastify::read_fastify(file, facts);
    drop_fastify_plugins_read_as_express(facts);
    nest::read_nest(file, facts);
    next::read_next(file, facts);
    websocket::read_websockets(file, facts);
    crate::openapi::read_js(file, facts);
    guards::read_auth_defs(file, facts);
}

/// A Fastify plugin (`async (app) => { app.get(...) }`) also looks like a function given an
/// Express application: what the Fastify reader claimed is not kept twice.
fn drop_fastify_plugins_read_as_express(facts: &mut FileFacts) {
    use sechound_core::project::Framework;
    let fastify_lines: Vec<u32> = facts
        .routes
        .iter()
        .filter(|r| r.framework == Framework::Fastify)
        .map(|r| r.line)
        .collect();
    if fastify_lines.is_empty() {
        return;
    }
    let params: Vec<String> = facts
        .routers
        .iter()
        .filter(|r| r.framework == Framework::Express && r.param.is_some())
        .map(|r| r.local.clone())
        .collect();
    let param_owner = |owner: &Option<String>| owner.as_ref().is_some_and(|o| params.contains(o));
    facts.routes.retain(|r| {
        !(r.framework == Framework::Express
            && param_owner(&r.owner)
            && fastify_lines.contains(&r.line))
    });
    let used: Vec<String> = facts
        .routes
        .iter()
        .filter(|r| r.framework == Framework::Express)
        .filter_map(|r| r.owner.clone())
        .chain(facts.mounts.iter().map(|m| m.owner.clone()))
        .collect();
    facts.routers.retain(|r| {
        !(r.framework == Framework::Express && r.param.is_some() && !used.contains(&r.local))
    });
}
