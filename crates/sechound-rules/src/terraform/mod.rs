//! Rules for Terraform (`*.tf`, AWS provider). The repository's Terraform is parsed and
//! evaluated once per review ([`world::World`]); each rule reads the instances of the module of
//! the file under review through [`model::Module`] and reports in that file. Most checks are
//! declarative ([`spec::Spec`], one small file each); the others use the model directly.

mod api_gateway_access_logs_disabled;
mod api_gateway_cache_unencrypted;
mod api_gateway_domain_old_tls;
mod api_gateway_method_no_auth;
mod api_gateway_no_throttling;
mod cloudfront_insecure;
mod cloudfront_logging_disabled;
mod cloudfront_origin_insecure;
mod cloudtrail_log_validation_disabled;
mod cloudtrail_logging_disabled;
mod cloudtrail_no_cloudwatch;
mod cloudtrail_not_multi_region;
mod cloudtrail_unencrypted;
mod cloudwatch_log_group_unencrypted;
mod cloudwatch_log_retention_short;
mod db_password_hardcoded;
mod default_security_group_open;
mod docdb_unencrypted;
mod ebs_encryption_by_default_disabled;
mod ebs_volume_unencrypted;
mod ec2_block_device_unencrypted;
mod ec2_imdsv1_enabled;
mod ec2_public_ip;
mod ec2_user_data_secrets;
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
mod nacl_open_admin_ports;
mod neptune_unencrypted;
mod opensearch_access_policy_public;
mod policy;
mod rds_backup_retention_short;
mod rds_deletion_protection_disabled;
mod rds_iam_auth_disabled;
mod rds_insecure;
mod rds_logs_not_exported;
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
mod subnet_public_ip_on_launch;
mod syntax;
mod vpc_flow_logs_missing;
mod world;

use crate::CodeRule;

pub use api_gateway_access_logs_disabled::ApiGatewayAccessLogsDisabled;
pub use api_gateway_cache_unencrypted::ApiGatewayCacheUnencrypted;
pub use api_gateway_domain_old_tls::ApiGatewayDomainOldTls;
pub use api_gateway_method_no_auth::ApiGatewayMethodNoAuth;
pub use api_gateway_no_throttling::ApiGatewayNoThrottling;
pub use cloudfront_insecure::CloudfrontInsecure;
pub use cloudfront_logging_disabled::CloudfrontLoggingDisabled;
pub use cloudfront_origin_insecure::CloudfrontOriginInsecure;
pub use cloudtrail_log_validation_disabled::CloudtrailLogValidationDisabled;
pub use cloudtrail_logging_disabled::CloudtrailLoggingDisabled;
pub use cloudtrail_no_cloudwatch::CloudtrailNoCloudwatch;
pub use cloudtrail_not_multi_region::CloudtrailNotMultiRegion;
pub use cloudtrail_unencrypted::CloudtrailUnencrypted;
pub use cloudwatch_log_group_unencrypted::CloudwatchLogGroupUnencrypted;
pub use cloudwatch_log_retention_short::CloudwatchLogRetentionShort;
pub use db_password_hardcoded::DbPasswordHardcoded;
pub use default_security_group_open::DefaultSecurityGroupOpen;
pub use docdb_unencrypted::DocdbUnencrypted;
pub use ebs_encryption_by_default_disabled::EbsEncryptionByDefaultDisabled;
pub use ebs_volume_unencrypted::EbsVolumeUnencrypted;
pub use ec2_block_device_unencrypted::Ec2BlockDeviceUnencrypted;
pub use ec2_imdsv1_enabled::Ec2Imdsv1Enabled;
pub use ec2_public_ip::Ec2PublicIp;
pub use ec2_user_data_secrets::Ec2UserDataSecrets;
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
pub use nacl_open_admin_ports::NaclOpenAdminPorts;
pub use neptune_unencrypted::NeptuneUnencrypted;
pub use opensearch_access_policy_public::OpensearchAccessPolicyPublic;
pub use rds_backup_retention_short::RdsBackupRetentionShort;
pub use rds_deletion_protection_disabled::RdsDeletionProtectionDisabled;
pub use rds_iam_auth_disabled::RdsIamAuthDisabled;
pub use rds_insecure::RdsInsecure;
pub use rds_logs_not_exported::RdsLogsNotExported;
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
pub use subnet_public_ip_on_launch::SubnetPublicIpOnLaunch;
pub use vpc_flow_logs_missing::VpcFlowLogsMissing;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &ApiGatewayAccessLogsDisabled,
        &ApiGatewayCacheUnencrypted,
        &ApiGatewayDomainOldTls,
        &ApiGatewayMethodNoAuth,
        &ApiGatewayNoThrottling,
        &CloudfrontInsecure,
        &CloudfrontLoggingDisabled,
        &CloudfrontOriginInsecure,
        &CloudtrailLogValidationDisabled,
        &CloudtrailLoggingDisabled,
        &CloudtrailNoCloudwatch,
        &CloudtrailNotMultiRegion,
        &CloudtrailUnencrypted,
        &CloudwatchLogGroupUnencrypted,
        &CloudwatchLogRetentionShort,
        &DbPasswordHardcoded,
        &DefaultSecurityGroupOpen,
        &DocdbUnencrypted,
        &EbsEncryptionByDefaultDisabled,
        &EbsVolumeUnencrypted,
        &Ec2BlockDeviceUnencrypted,
        &Ec2Imdsv1Enabled,
        &Ec2PublicIp,
        &Ec2UserDataSecrets,
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
        &NaclOpenAdminPorts,
        &NeptuneUnencrypted,
        &OpensearchAccessPolicyPublic,
        &RdsBackupRetentionShort,
        &RdsDeletionProtectionDisabled,
        &RdsIamAuthDisabled,
        &RdsInsecure,
        &RdsLogsNotExported,
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
        &SubnetPublicIpOnLaunch,
        &VpcFlowLogsMissing,
    ]
}
