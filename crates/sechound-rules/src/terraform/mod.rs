//! Rules for Terraform (`*.tf`, AWS provider). The repository's Terraform is parsed and
//! evaluated once per review ([`world::World`]); each rule reads the instances of the module of
//! the file under review through [`model::Module`] and reports in that file. Most checks are
//! declarative ([`spec::Spec`], one small file each); the others use the model directly.

mod api_gateway_no_throttling;
mod cloudfront_insecure;
mod ebs_volume_unencrypted;
mod ecr_repository_policy_public;
mod eval;
mod iam_access_key_plaintext_state;
mod iam_admin_policy_attached;
mod iam_password_policy_weak;
mod iam_role_trust_any_principal;
mod iam_service_wildcard_policy;
mod iam_user_direct_policy;
mod iam_wildcard_policy;
mod kms_key_policy_public;
mod kms_rotation_disabled;
pub(crate) mod model;
mod opensearch_access_policy_public;
mod policy;
mod rds_insecure;
mod s3_access_logging_disabled;
mod s3_bucket_policy_public;
mod s3_bucket_unencrypted;
mod s3_force_destroy;
mod s3_public_access;
mod s3_versioning_disabled;
mod secret_variable_default;
mod secretsmanager_policy_public;
mod security_group_open_ingress;
mod sns_topic_policy_public;
pub(crate) mod spec;
mod sqs_queue_policy_public;
mod syntax;
mod world;

use crate::CodeRule;

pub use api_gateway_no_throttling::ApiGatewayNoThrottling;
pub use cloudfront_insecure::CloudfrontInsecure;
pub use ebs_volume_unencrypted::EbsVolumeUnencrypted;
pub use ecr_repository_policy_public::EcrRepositoryPolicyPublic;
pub use iam_access_key_plaintext_state::IamAccessKeyPlaintextState;
pub use iam_admin_policy_attached::IamAdminPolicyAttached;
pub use iam_password_policy_weak::IamPasswordPolicyWeak;
pub use iam_role_trust_any_principal::IamRoleTrustAnyPrincipal;
pub use iam_service_wildcard_policy::IamServiceWildcardPolicy;
pub use iam_user_direct_policy::IamUserDirectPolicy;
pub use iam_wildcard_policy::IamWildcardPolicy;
pub use kms_key_policy_public::KmsKeyPolicyPublic;
pub use kms_rotation_disabled::KmsRotationDisabled;
pub use opensearch_access_policy_public::OpensearchAccessPolicyPublic;
pub use rds_insecure::RdsInsecure;
pub use s3_access_logging_disabled::S3AccessLoggingDisabled;
pub use s3_bucket_policy_public::S3BucketPolicyPublic;
pub use s3_bucket_unencrypted::S3BucketUnencrypted;
pub use s3_force_destroy::S3ForceDestroy;
pub use s3_public_access::S3PublicAccess;
pub use s3_versioning_disabled::S3VersioningDisabled;
pub use secret_variable_default::SecretVariableDefault;
pub use secretsmanager_policy_public::SecretsmanagerPolicyPublic;
pub use security_group_open_ingress::SecurityGroupOpenIngress;
pub use sns_topic_policy_public::SnsTopicPolicyPublic;
pub use sqs_queue_policy_public::SqsQueuePolicyPublic;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &ApiGatewayNoThrottling,
        &CloudfrontInsecure,
        &EbsVolumeUnencrypted,
        &EcrRepositoryPolicyPublic,
        &IamAccessKeyPlaintextState,
        &IamAdminPolicyAttached,
        &IamPasswordPolicyWeak,
        &IamRoleTrustAnyPrincipal,
        &IamServiceWildcardPolicy,
        &IamUserDirectPolicy,
        &IamWildcardPolicy,
        &KmsKeyPolicyPublic,
        &KmsRotationDisabled,
        &OpensearchAccessPolicyPublic,
        &RdsInsecure,
        &S3AccessLoggingDisabled,
        &S3BucketPolicyPublic,
        &S3BucketUnencrypted,
        &S3ForceDestroy,
        &S3PublicAccess,
        &S3VersioningDisabled,
        &SecretVariableDefault,
        &SecretsmanagerPolicyPublic,
        &SecurityGroupOpenIngress,
        &SnsTopicPolicyPublic,
        &SqsQueuePolicyPublic,
    ]
}
