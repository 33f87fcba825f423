//! JavaScript and TypeScript frameworks.

pub(crate) mod express;
pub(crate) mod fastify;
pub(crate) mod guards;
pub(crate) mod modules;
pub(crate) mod nest;
pub(crate) mod next;
pub(crate) mod websocket;

use crate::facts::FileFacts;
use sechound_syntax::CodeFile;
use sechound_syntax::modules::ModuleRecord;

/// Reads what a JavaScript or TypeScript file contributes to the project model.
pub(crate) fn read(file: &CodeFile, record: &ModuleRecord, facts: &mut FileFacts) {
    modules::read_modules(record, facts);
    express::read_express(file, facts);
    fastify::read_fastify(file, facts);
    nest::read_nest(file, facts);
    next::read_next(file, facts);
    websocket::read_websockets(file, facts);
    guards::read_auth_defs(file, facts);
}
