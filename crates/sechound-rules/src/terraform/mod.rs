//! Rules for Terraform (`*.tf`, AWS provider). The repository's Terraform is parsed and
//! evaluated once per review ([`world::World`]); each rule reads the instances of the module of
//! the file under review through [`model::Module`] and reports in that file.

mod api_gateway_no_throttling;
mod cloudfront_insecure;
mod ebs_volume_unencrypted;
mod eval;
mod iam_wildcard_policy;
mod kms_rotation_disabled;
pub(crate) mod model;
mod policy;
mod rds_insecure;
mod s3_bucket_unencrypted;
mod s3_force_destroy;
mod s3_public_access;
mod s3_versioning_disabled;
mod secret_variable_default;
mod security_group_open_ingress;
pub(crate) mod spec;
mod syntax;
mod world;

use crate::CodeRule;

pub use api_gateway_no_throttling::ApiGatewayNoThrottling;
pub use cloudfront_insecure::CloudfrontInsecure;
pub use ebs_volume_unencrypted::EbsVolumeUnencrypted;
pub use iam_wildcard_policy::IamWildcardPolicy;
pub use kms_rotation_disabled::KmsRotationDisabled;
pub use rds_insecure::RdsInsecure;
pub use s3_bucket_unencrypted::S3BucketUnencrypted;
pub use s3_force_destroy::S3ForceDestroy;
pub use s3_public_access::S3PublicAccess;
pub use s3_versioning_disabled::S3VersioningDisabled;
pub use secret_variable_default::SecretVariableDefault;
pub use security_group_open_ingress::SecurityGroupOpenIngress;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &S3BucketUnencrypted,
        &S3VersioningDisabled,
        &S3PublicAccess,
        &S3ForceDestroy,
        &SecurityGroupOpenIngress,
        &IamWildcardPolicy,
        &ApiGatewayNoThrottling,
        &CloudfrontInsecure,
        &RdsInsecure,
        &KmsRotationDisabled,
        &SecretVariableDefault,
        &EbsVolumeUnencrypted,
    ]
}
