//! Rules for Terraform (`*.tf`, AWS provider), on the HCL syntax tree. Each rule reads the
//! whole directory of the file through [`model::Module`] and reports in the file under review.

mod api_gateway_no_throttling;
mod cloudfront_insecure;
mod iam_wildcard_policy;
mod kms_rotation_disabled;
pub(crate) mod model;
mod rds_insecure;
mod s3_bucket_unencrypted;
mod s3_force_destroy;
mod s3_public_access;
mod s3_versioning_disabled;
mod secret_variable_default;
mod security_group_open_ingress;

use crate::CodeRule;

pub use api_gateway_no_throttling::ApiGatewayNoThrottling;
pub use cloudfront_insecure::CloudfrontInsecure;
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
    ]
}
