//! Rules for Docker Compose files (`compose.y*ml`, `docker-compose*.y*ml`), on the YAML syntax tree.

mod datastore_port_exposed;
mod privileged_container;
mod secret_default;
mod unpinned_image;
pub(crate) mod yaml;

use crate::CodeRule;

pub use datastore_port_exposed::DatastorePortExposed;
pub use privileged_container::PrivilegedContainer;
pub use secret_default::SecretDefault;
pub use unpinned_image::UnpinnedImage;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &SecretDefault,
        &PrivilegedContainer,
        &DatastorePortExposed,
        &UnpinnedImage,
    ]
}
