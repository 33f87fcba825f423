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
mod dax_cluster_unencrypted;
mod db_password_hardcoded;
mod default_security_group_open;
mod docdb_unencrypted;
mod dynamodb_pitr_disabled;
mod ebs_encryption_by_default_disabled;
mod ebs_snapshot_unencrypted;
mod ebs_volume_unencrypted;
mod ec2_block_device_unencrypted;
mod ec2_imdsv1_enabled;
mod ec2_public_ip;
mod ec2_user_data_secrets;
mod ecr_image_tags_mutable;
mod ecr_repository_policy_public;
mod ecr_scan_on_push_disabled;
mod ecs_efs_transit_unencrypted;
mod ecs_task_env_secrets;
mod ecs_task_host_network;
mod ecs_task_privileged;
mod efs_unencrypted;
mod eks_control_plane_logging_disabled;
mod eks_public_endpoint;
mod eks_secrets_unencrypted;
mod elasticache_at_rest_unencrypted;
mod elasticache_redis_no_auth;
mod elasticache_transit_unencrypted;
mod eval;
mod iam_access_key_plaintext_state;
mod iam_admin_policy_attached;
mod iam_password_policy_weak;
mod iam_role_trust_any_principal;
mod iam_service_wildcard_policy;
mod iam_user_direct_policy;
mod iam_wildcard_policy;
mod kinesis_stream_unencrypted;
mod kms_key_policy_public;
mod kms_rotation_disabled;
mod lambda_deprecated_runtime;
mod lambda_env_secrets;
mod lambda_function_url_no_auth;
mod lambda_permission_unrestricted;
mod lb_access_logs_disabled;
mod lb_drop_invalid_headers_disabled;
mod lb_listener_http;
mod lb_listener_old_tls;
pub(crate) mod model;
mod mq_broker_public;
mod msk_plaintext;
mod nacl_open_admin_ports;
mod neptune_unencrypted;
mod opensearch_access_policy_public;
mod opensearch_https_not_enforced;
mod opensearch_node_to_node_unencrypted;
mod opensearch_unencrypted_at_rest;
mod policy;
mod provider_hardcoded_credentials;
mod rds_backup_retention_short;
mod rds_deletion_protection_disabled;
mod rds_iam_auth_disabled;
mod rds_insecure;
mod rds_logs_not_exported;
mod redshift_audit_logging_disabled;
mod redshift_public;
mod redshift_ssl_not_required;
mod redshift_unencrypted;
mod s3_access_logging_disabled;
mod s3_bucket_policy_public;
mod s3_bucket_unencrypted;
mod s3_force_destroy;
mod s3_public_access;
mod s3_versioning_disabled;
mod sagemaker_notebook_internet;
mod secret_value_in_code;
mod secret_variable_default;
mod secretsmanager_no_cmk;
mod secretsmanager_policy_public;
mod secretsmanager_rotation_missing;
mod security_group_open_ingress;
mod sns_topic_policy_public;
mod sns_topic_unencrypted;
pub(crate) mod spec;
mod sqs_queue_policy_public;
mod sqs_queue_unencrypted;
mod ssm_parameter_plaintext_secret;
mod subnet_public_ip_on_launch;
mod syntax;
mod values;
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
pub use dax_cluster_unencrypted::DaxClusterUnencrypted;
pub use db_password_hardcoded::DbPasswordHardcoded;
pub use default_security_group_open::DefaultSecurityGroupOpen;
pub use docdb_unencrypted::DocdbUnencrypted;
pub use dynamodb_pitr_disabled::DynamodbPitrDisabled;
pub use ebs_encryption_by_default_disabled::EbsEncryptionByDefaultDisabled;
pub use ebs_snapshot_unencrypted::EbsSnapshotUnencrypted;
pub use ebs_volume_unencrypted::EbsVolumeUnencrypted;
pub use ec2_block_device_unencrypted::Ec2BlockDeviceUnencrypted;
pub use ec2_imdsv1_enabled::Ec2Imdsv1Enabled;
pub use ec2_public_ip::Ec2PublicIp;
pub use ec2_user_data_secrets::Ec2UserDataSecrets;
pub use ecr_image_tags_mutable::EcrImageTagsMutable;
pub use ecr_repository_policy_public::EcrRepositoryPolicyPublic;
pub use ecr_scan_on_push_disabled::EcrScanOnPushDisabled;
pub use ecs_efs_transit_unencrypted::EcsEfsTransitUnencrypted;
pub use ecs_task_env_secrets::EcsTaskEnvSecrets;
pub use ecs_task_host_network::EcsTaskHostNetwork;
pub use ecs_task_privileged::EcsTaskPrivileged;
pub use efs_unencrypted::EfsUnencrypted;
pub use eks_control_plane_logging_disabled::EksControlPlaneLoggingDisabled;
pub use eks_public_endpoint::EksPublicEndpoint;
pub use eks_secrets_unencrypted::EksSecretsUnencrypted;
pub use elasticache_at_rest_unencrypted::ElasticacheAtRestUnencrypted;
pub use elasticache_redis_no_auth::ElasticacheRedisNoAuth;
pub use elasticache_transit_unencrypted::ElasticacheTransitUnencrypted;
pub use iam_access_key_plaintext_state::IamAccessKeyPlaintextState;
pub use iam_admin_policy_attached::IamAdminPolicyAttached;
pub use iam_password_policy_weak::IamPasswordPolicyWeak;
pub use iam_role_trust_any_principal::IamRoleTrustAnyPrincipal;
pub use iam_service_wildcard_policy::IamServiceWildcardPolicy;
pub use iam_user_direct_policy::IamUserDirectPolicy;
pub use iam_wildcard_policy::IamWildcardPolicy;
pub use kinesis_stream_unencrypted::KinesisStreamUnencrypted;
pub use kms_key_policy_public::KmsKeyPolicyPublic;
pub use kms_rotation_disabled::KmsRotationDisabled;
pub use lambda_deprecated_runtime::LambdaDeprecatedRuntime;
pub use lambda_env_secrets::LambdaEnvSecrets;
pub use lambda_function_url_no_auth::LambdaFunctionUrlNoAuth;
pub use lambda_permission_unrestricted::LambdaPermissionUnrestricted;
pub use lb_access_logs_disabled::LbAccessLogsDisabled;
pub use lb_drop_invalid_headers_disabled::LbDropInvalidHeadersDisabled;
pub use lb_listener_http::LbListenerHttp;
pub use lb_listener_old_tls::LbListenerOldTls;
pub use mq_broker_public::MqBrokerPublic;
pub use msk_plaintext::MskPlaintext;
pub use nacl_open_admin_ports::NaclOpenAdminPorts;
pub use neptune_unencrypted::NeptuneUnencrypted;
pub use opensearch_access_policy_public::OpensearchAccessPolicyPublic;
pub use opensearch_https_not_enforced::OpensearchHttpsNotEnforced;
pub use opensearch_node_to_node_unencrypted::OpensearchNodeToNodeUnencrypted;
pub use opensearch_unencrypted_at_rest::OpensearchUnencryptedAtRest;
pub use provider_hardcoded_credentials::ProviderHardcodedCredentials;
pub use rds_backup_retention_short::RdsBackupRetentionShort;
pub use rds_deletion_protection_disabled::RdsDeletionProtectionDisabled;
pub use rds_iam_auth_disabled::RdsIamAuthDisabled;
pub use rds_insecure::RdsInsecure;
pub use rds_logs_not_exported::RdsLogsNotExported;
pub use redshift_audit_logging_disabled::RedshiftAuditLoggingDisabled;
pub use redshift_public::RedshiftPublic;
pub use redshift_ssl_not_required::RedshiftSslNotRequired;
pub use redshift_unencrypted::RedshiftUnencrypted;
pub use s3_access_logging_disabled::S3AccessLoggingDisabled;
pub use s3_bucket_policy_public::S3BucketPolicyPublic;
pub use s3_bucket_unencrypted::S3BucketUnencrypted;
pub use s3_force_destroy::S3ForceDestroy;
pub use s3_public_access::S3PublicAccess;
pub use s3_versioning_disabled::S3VersioningDisabled;
pub use sagemaker_notebook_internet::SagemakerNotebookInternet;
pub use secret_value_in_code::SecretValueInCode;
pub use secret_variable_default::SecretVariableDefault;
pub use secretsmanager_no_cmk::SecretsmanagerNoCmk;
pub use secretsmanager_policy_public::SecretsmanagerPolicyPublic;
pub use secretsmanager_rotation_missing::SecretsmanagerRotationMissing;
pub use security_group_open_ingress::SecurityGroupOpenIngress;
pub use sns_topic_policy_public::SnsTopicPolicyPublic;
pub use sns_topic_unencrypted::SnsTopicUnencrypted;
pub use sqs_queue_policy_public::SqsQueuePolicyPublic;
pub use sqs_queue_unencrypted::SqsQueueUnencrypted;
pub use ssm_parameter_plaintext_secret::SsmParameterPlaintextSecret;
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
        &DaxClusterUnencrypted,
        &DbPasswordHardcoded,
        &DefaultSecurityGroupOpen,
        &DocdbUnencrypted,
        &DynamodbPitrDisabled,
        &EbsEncryptionByDefaultDisabled,
        &EbsSnapshotUnencrypted,
        &EbsVolumeUnencrypted,
        &Ec2BlockDeviceUnencrypted,
        &Ec2Imdsv1Enabled,
        &Ec2PublicIp,
        &Ec2UserDataSecrets,
        &EcrImageTagsMutable,
        &EcrRepositoryPolicyPublic,
        &EcrScanOnPushDisabled,
        &EcsEfsTransitUnencrypted,
        &EcsTaskEnvSecrets,
        &EcsTaskHostNetwork,
        &EcsTaskPrivileged,
        &EfsUnencrypted,
        &EksControlPlaneLoggingDisabled,
        &EksPublicEndpoint,
        &EksSecretsUnencrypted,
        &ElasticacheAtRestUnencrypted,
        &ElasticacheRedisNoAuth,
        &ElasticacheTransitUnencrypted,
        &IamAccessKeyPlaintextState,
        &IamAdminPolicyAttached,
        &IamPasswordPolicyWeak,
        &IamRoleTrustAnyPrincipal,
        &IamServiceWildcardPolicy,
        &IamUserDirectPolicy,
        &IamWildcardPolicy,
        &KinesisStreamUnencrypted,
        &KmsKeyPolicyPublic,
        &KmsRotationDisabled,
        &LambdaDeprecatedRuntime,
        &LambdaEnvSecrets,
        &LambdaFunctionUrlNoAuth,
        &LambdaPermissionUnrestricted,
        &LbAccessLogsDisabled,
        &LbDropInvalidHeadersDisabled,
        &LbListenerHttp,
        &LbListenerOldTls,
        &MqBrokerPublic,
        &MskPlaintext,
        &NaclOpenAdminPorts,
        &NeptuneUnencrypted,
        &OpensearchAccessPolicyPublic,
        &OpensearchHttpsNotEnforced,
        &OpensearchNodeToNodeUnencrypted,
        &OpensearchUnencryptedAtRest,
        &ProviderHardcodedCredentials,
        &RdsBackupRetentionShort,
        &RdsDeletionProtectionDisabled,
        &RdsIamAuthDisabled,
        &RdsInsecure,
        &RdsLogsNotExported,
        &RedshiftAuditLoggingDisabled,
        &RedshiftPublic,
        &RedshiftSslNotRequired,
        &RedshiftUnencrypted,
        &S3AccessLoggingDisabled,
        &S3BucketPolicyPublic,
        &S3BucketUnencrypted,
        &S3ForceDestroy,
        &S3PublicAccess,
        &S3VersioningDisabled,
        &SagemakerNotebookInternet,
        &SecretValueInCode,
        &SecretVariableDefault,
        &SecretsmanagerNoCmk,
        &SecretsmanagerPolicyPublic,
        &SecretsmanagerRotationMissing,
        &SecurityGroupOpenIngress,
        &SnsTopicPolicyPublic,
        &SnsTopicUnencrypted,
        &SqsQueuePolicyPublic,
        &SqsQueueUnencrypted,
        &SsmParameterPlaintextSecret,
        &SubnetPublicIpOnLaunch,
        &VpcFlowLogsMissing,
    ]
}
