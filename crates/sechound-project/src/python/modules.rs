//! Python imports: which local names come from which module (`import x.y as z`,
//! `from .routers import items`, `from app.api.users import router as users_router`), read from
//! the file's module record.

use crate::facts::FileFacts;
use sechound_syntax::modules::ModuleRecord;

/// Records the module-level imports of the file (also under a module-level `if` or `try`);
/// imports inside functions load lazily and do not wire routers.
pub(crate) fn read_imports(record: &ModuleRecord, facts: &mut FileFacts) {
    facts.imports = record
        .imports
        .iter()
        .filter(|i| i.scope.is_none())
        .cloned()
        .collect();
}
