//! The API areas, one module per tag of the spec. Each adds an accessor to [`crate::Client`].

#[cfg(feature = "access-model-metadata")]
pub mod access_model_metadata;
#[cfg(feature = "access-model-metadata")]
pub use access_model_metadata::AccessModelMetadataApi;

#[cfg(feature = "access-profiles")]
pub mod access_profiles;
#[cfg(feature = "access-profiles")]
pub use access_profiles::AccessProfilesApi;

#[cfg(feature = "access-request-approvals")]
pub mod access_request_approvals;
#[cfg(feature = "access-request-approvals")]
pub use access_request_approvals::AccessRequestApprovalsApi;

#[cfg(feature = "access-request-identity-metrics")]
pub mod access_request_identity_metrics;
#[cfg(feature = "access-request-identity-metrics")]
pub use access_request_identity_metrics::AccessRequestIdentityMetricsApi;

#[cfg(feature = "access-requests")]
pub mod access_requests;
#[cfg(feature = "access-requests")]
pub use access_requests::AccessRequestsApi;

#[cfg(feature = "account-activities")]
pub mod account_activities;
#[cfg(feature = "account-activities")]
pub use account_activities::AccountActivitiesApi;

#[cfg(feature = "account-aggregations")]
pub mod account_aggregations;
#[cfg(feature = "account-aggregations")]
pub use account_aggregations::AccountAggregationsApi;

#[cfg(feature = "account-deletion-requests")]
pub mod account_deletion_requests;
#[cfg(feature = "account-deletion-requests")]
pub use account_deletion_requests::AccountDeletionRequestsApi;

#[cfg(feature = "account-usages")]
pub mod account_usages;
#[cfg(feature = "account-usages")]
pub use account_usages::AccountUsagesApi;

#[cfg(feature = "accounts")]
pub mod accounts;
#[cfg(feature = "accounts")]
pub use accounts::AccountsApi;

#[cfg(feature = "api-usage")]
pub mod api_usage;
#[cfg(feature = "api-usage")]
pub use api_usage::ApiUsageApi;

#[cfg(feature = "application-discovery")]
pub mod application_discovery;
#[cfg(feature = "application-discovery")]
pub use application_discovery::ApplicationDiscoveryApi;

#[cfg(feature = "approvals")]
pub mod approvals;
#[cfg(feature = "approvals")]
pub use approvals::ApprovalsApi;

#[cfg(feature = "apps")]
pub mod apps;
#[cfg(feature = "apps")]
pub use apps::AppsApi;

#[cfg(feature = "auth-profile")]
pub mod auth_profile;
#[cfg(feature = "auth-profile")]
pub use auth_profile::AuthProfileApi;

#[cfg(feature = "auth-users")]
pub mod auth_users;
#[cfg(feature = "auth-users")]
pub use auth_users::AuthUsersApi;

#[cfg(feature = "branding")]
pub mod branding;
#[cfg(feature = "branding")]
pub use branding::BrandingApi;

#[cfg(feature = "business-applications")]
pub mod business_applications;
#[cfg(feature = "business-applications")]
pub use business_applications::BusinessApplicationsApi;

#[cfg(feature = "certification-campaign-filters")]
pub mod certification_campaign_filters;
#[cfg(feature = "certification-campaign-filters")]
pub use certification_campaign_filters::CertificationCampaignFiltersApi;

#[cfg(feature = "certification-campaigns")]
pub mod certification_campaigns;
#[cfg(feature = "certification-campaigns")]
pub use certification_campaigns::CertificationCampaignsApi;

#[cfg(feature = "certification-summaries")]
pub mod certification_summaries;
#[cfg(feature = "certification-summaries")]
pub use certification_summaries::CertificationSummariesApi;

#[cfg(feature = "certifications")]
pub mod certifications;
#[cfg(feature = "certifications")]
pub use certifications::CertificationsApi;

#[cfg(feature = "classify-source")]
pub mod classify_source;
#[cfg(feature = "classify-source")]
pub use classify_source::ClassifySourceApi;

#[cfg(feature = "configuration-hub")]
pub mod configuration_hub;
#[cfg(feature = "configuration-hub")]
pub use configuration_hub::ConfigurationHubApi;

#[cfg(feature = "connector-customizers")]
pub mod connector_customizers;
#[cfg(feature = "connector-customizers")]
pub use connector_customizers::ConnectorCustomizersApi;

#[cfg(feature = "connector-rule-management")]
pub mod connector_rule_management;
#[cfg(feature = "connector-rule-management")]
pub use connector_rule_management::ConnectorRuleManagementApi;

#[cfg(feature = "connectors")]
pub mod connectors;
#[cfg(feature = "connectors")]
pub use connectors::ConnectorsApi;

#[cfg(feature = "custom-forms")]
pub mod custom_forms;
#[cfg(feature = "custom-forms")]
pub use custom_forms::CustomFormsApi;

#[cfg(feature = "custom-password-instructions")]
pub mod custom_password_instructions;
#[cfg(feature = "custom-password-instructions")]
pub use custom_password_instructions::CustomPasswordInstructionsApi;

#[cfg(feature = "custom-user-levels")]
pub mod custom_user_levels;
#[cfg(feature = "custom-user-levels")]
pub use custom_user_levels::CustomUserLevelsApi;

#[cfg(feature = "data-access-security")]
pub mod data_access_security;
#[cfg(feature = "data-access-security")]
pub use data_access_security::DataAccessSecurityApi;

#[cfg(feature = "data-segmentation")]
pub mod data_segmentation;
#[cfg(feature = "data-segmentation")]
pub use data_segmentation::DataSegmentationApi;

#[cfg(feature = "declassify-source")]
pub mod declassify_source;
#[cfg(feature = "declassify-source")]
pub use declassify_source::DeclassifySourceApi;

#[cfg(feature = "dimensions")]
pub mod dimensions;
#[cfg(feature = "dimensions")]
pub use dimensions::DimensionsApi;

#[cfg(feature = "entitlement-connections")]
pub mod entitlement_connections;
#[cfg(feature = "entitlement-connections")]
pub use entitlement_connections::EntitlementConnectionsApi;

#[cfg(feature = "entitlements")]
pub mod entitlements;
#[cfg(feature = "entitlements")]
pub use entitlements::EntitlementsApi;

#[cfg(feature = "global-tenant-security-settings")]
pub mod global_tenant_security_settings;
#[cfg(feature = "global-tenant-security-settings")]
pub use global_tenant_security_settings::GlobalTenantSecuritySettingsApi;

#[cfg(feature = "governance-groups")]
pub mod governance_groups;
#[cfg(feature = "governance-groups")]
pub use governance_groups::GovernanceGroupsApi;

#[cfg(feature = "iai-access-request-recommendations")]
pub mod iai_access_request_recommendations;
#[cfg(feature = "iai-access-request-recommendations")]
pub use iai_access_request_recommendations::IaiAccessRequestRecommendationsApi;

#[cfg(feature = "iai-common-access")]
pub mod iai_common_access;
#[cfg(feature = "iai-common-access")]
pub use iai_common_access::IaiCommonAccessApi;

#[cfg(feature = "iai-outliers")]
pub mod iai_outliers;
#[cfg(feature = "iai-outliers")]
pub use iai_outliers::IaiOutliersApi;

#[cfg(feature = "iai-peer-group-strategies")]
pub mod iai_peer_group_strategies;
#[cfg(feature = "iai-peer-group-strategies")]
pub use iai_peer_group_strategies::IaiPeerGroupStrategiesApi;

#[cfg(feature = "iai-recommendations")]
pub mod iai_recommendations;
#[cfg(feature = "iai-recommendations")]
pub use iai_recommendations::IaiRecommendationsApi;

#[cfg(feature = "iai-role-mining")]
pub mod iai_role_mining;
#[cfg(feature = "iai-role-mining")]
pub use iai_role_mining::IaiRoleMiningApi;

#[cfg(feature = "icons")]
pub mod icons;
#[cfg(feature = "icons")]
pub use icons::IconsApi;

#[cfg(feature = "identities")]
pub mod identities;
#[cfg(feature = "identities")]
pub use identities::IdentitiesApi;

#[cfg(feature = "identity-attributes")]
pub mod identity_attributes;
#[cfg(feature = "identity-attributes")]
pub use identity_attributes::IdentityAttributesApi;

#[cfg(feature = "identity-history")]
pub mod identity_history;
#[cfg(feature = "identity-history")]
pub use identity_history::IdentityHistoryApi;

#[cfg(feature = "identity-profiles")]
pub mod identity_profiles;
#[cfg(feature = "identity-profiles")]
pub use identity_profiles::IdentityProfilesApi;

#[cfg(feature = "intelligence")]
pub mod intelligence;
#[cfg(feature = "intelligence")]
pub use intelligence::IntelligenceApi;

#[cfg(feature = "jit-access")]
pub mod jit_access;
#[cfg(feature = "jit-access")]
pub use jit_access::JitAccessApi;

#[cfg(feature = "jit-activations")]
pub mod jit_activations;
#[cfg(feature = "jit-activations")]
pub use jit_activations::JitActivationsApi;

#[cfg(feature = "lifecycle-states")]
pub mod lifecycle_states;
#[cfg(feature = "lifecycle-states")]
pub use lifecycle_states::LifecycleStatesApi;

#[cfg(feature = "machine-account-classify")]
pub mod machine_account_classify;
#[cfg(feature = "machine-account-classify")]
pub use machine_account_classify::MachineAccountClassifyApi;

#[cfg(feature = "machine-account-creation-request")]
pub mod machine_account_creation_request;
#[cfg(feature = "machine-account-creation-request")]
pub use machine_account_creation_request::MachineAccountCreationRequestApi;

#[cfg(feature = "machine-account-mappings")]
pub mod machine_account_mappings;
#[cfg(feature = "machine-account-mappings")]
pub use machine_account_mappings::MachineAccountMappingsApi;

#[cfg(feature = "machine-account-subtypes")]
pub mod machine_account_subtypes;
#[cfg(feature = "machine-account-subtypes")]
pub use machine_account_subtypes::MachineAccountSubtypesApi;

#[cfg(feature = "machine-accounts")]
pub mod machine_accounts;
#[cfg(feature = "machine-accounts")]
pub use machine_accounts::MachineAccountsApi;

#[cfg(feature = "machine-classification-config")]
pub mod machine_classification_config;
#[cfg(feature = "machine-classification-config")]
pub use machine_classification_config::MachineClassificationConfigApi;

#[cfg(feature = "machine-identities")]
pub mod machine_identities;
#[cfg(feature = "machine-identities")]
pub use machine_identities::MachineIdentitiesApi;

#[cfg(feature = "machine-identity-lifecycle-actions")]
pub mod machine_identity_lifecycle_actions;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use machine_identity_lifecycle_actions::MachineIdentityLifecycleActionsApi;

#[cfg(feature = "managed-clients")]
pub mod managed_clients;
#[cfg(feature = "managed-clients")]
pub use managed_clients::ManagedClientsApi;

#[cfg(feature = "managed-cluster-types")]
pub mod managed_cluster_types;
#[cfg(feature = "managed-cluster-types")]
pub use managed_cluster_types::ManagedClusterTypesApi;

#[cfg(feature = "managed-clusters")]
pub mod managed_clusters;
#[cfg(feature = "managed-clusters")]
pub use managed_clusters::ManagedClustersApi;

#[cfg(feature = "mfa-configuration")]
pub mod mfa_configuration;
#[cfg(feature = "mfa-configuration")]
pub use mfa_configuration::MfaConfigurationApi;

#[cfg(feature = "multi-host-integration")]
pub mod multi_host_integration;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integration::MultiHostIntegrationApi;

#[cfg(feature = "non-employee-lifecycle-management")]
pub mod non_employee_lifecycle_management;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi;

#[cfg(feature = "notifications")]
pub mod notifications;
#[cfg(feature = "notifications")]
pub use notifications::NotificationsApi;

#[cfg(feature = "o-auth-clients")]
pub mod o_auth_clients;
#[cfg(feature = "o-auth-clients")]
pub use o_auth_clients::OAuthClientsApi;

#[cfg(feature = "org-config")]
pub mod org_config;
#[cfg(feature = "org-config")]
pub use org_config::OrgConfigApi;

#[cfg(feature = "parameter-storage")]
pub mod parameter_storage;
#[cfg(feature = "parameter-storage")]
pub use parameter_storage::ParameterStorageApi;

#[cfg(feature = "password-configuration")]
pub mod password_configuration;
#[cfg(feature = "password-configuration")]
pub use password_configuration::PasswordConfigurationApi;

#[cfg(feature = "password-dictionary")]
pub mod password_dictionary;
#[cfg(feature = "password-dictionary")]
pub use password_dictionary::PasswordDictionaryApi;

#[cfg(feature = "password-management")]
pub mod password_management;
#[cfg(feature = "password-management")]
pub use password_management::PasswordManagementApi;

#[cfg(feature = "password-policies")]
pub mod password_policies;
#[cfg(feature = "password-policies")]
pub use password_policies::PasswordPoliciesApi;

#[cfg(feature = "password-sync-groups")]
pub mod password_sync_groups;
#[cfg(feature = "password-sync-groups")]
pub use password_sync_groups::PasswordSyncGroupsApi;

#[cfg(feature = "personal-access-tokens")]
pub mod personal_access_tokens;
#[cfg(feature = "personal-access-tokens")]
pub use personal_access_tokens::PersonalAccessTokensApi;

#[cfg(feature = "privilege-criteria")]
pub mod privilege_criteria;
#[cfg(feature = "privilege-criteria")]
pub use privilege_criteria::PrivilegeCriteriaApi;

#[cfg(feature = "privilege-criteria-configuration")]
pub mod privilege_criteria_configuration;
#[cfg(feature = "privilege-criteria-configuration")]
pub use privilege_criteria_configuration::PrivilegeCriteriaConfigurationApi;

#[cfg(feature = "public-identities")]
pub mod public_identities;
#[cfg(feature = "public-identities")]
pub use public_identities::PublicIdentitiesApi;

#[cfg(feature = "public-identities-config")]
pub mod public_identities_config;
#[cfg(feature = "public-identities-config")]
pub use public_identities_config::PublicIdentitiesConfigApi;

#[cfg(feature = "public-machine-identities")]
pub mod public_machine_identities;
#[cfg(feature = "public-machine-identities")]
pub use public_machine_identities::PublicMachineIdentitiesApi;

#[cfg(feature = "reports-data-extraction")]
pub mod reports_data_extraction;
#[cfg(feature = "reports-data-extraction")]
pub use reports_data_extraction::ReportsDataExtractionApi;

#[cfg(feature = "requestable-objects")]
pub mod requestable_objects;
#[cfg(feature = "requestable-objects")]
pub use requestable_objects::RequestableObjectsApi;

#[cfg(feature = "role-insights")]
pub mod role_insights;
#[cfg(feature = "role-insights")]
pub use role_insights::RoleInsightsApi;

#[cfg(feature = "role-propagation")]
pub mod role_propagation;
#[cfg(feature = "role-propagation")]
pub use role_propagation::RolePropagationApi;

#[cfg(feature = "roles")]
pub mod roles;
#[cfg(feature = "roles")]
pub use roles::RolesApi;

#[cfg(feature = "saved-search")]
pub mod saved_search;
#[cfg(feature = "saved-search")]
pub use saved_search::SavedSearchApi;

#[cfg(feature = "scheduled-search")]
pub mod scheduled_search;
#[cfg(feature = "scheduled-search")]
pub use scheduled_search::ScheduledSearchApi;

#[cfg(feature = "search")]
pub mod search;
#[cfg(feature = "search")]
pub use search::SearchApi;

#[cfg(feature = "search-attribute-configuration")]
pub mod search_attribute_configuration;
#[cfg(feature = "search-attribute-configuration")]
pub use search_attribute_configuration::SearchAttributeConfigurationApi;

#[cfg(feature = "segments")]
pub mod segments;
#[cfg(feature = "segments")]
pub use segments::SegmentsApi;

#[cfg(feature = "service-desk-integration")]
pub mod service_desk_integration;
#[cfg(feature = "service-desk-integration")]
pub use service_desk_integration::ServiceDeskIntegrationApi;

#[cfg(feature = "shared-signals-framework-ssf")]
pub mod shared_signals_framework_ssf;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi;

#[cfg(feature = "sim-integrations")]
pub mod sim_integrations;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations::SimIntegrationsApi;

#[cfg(feature = "sod-controls")]
pub mod sod_controls;
#[cfg(feature = "sod-controls")]
pub use sod_controls::SodControlsApi;

#[cfg(feature = "sod-policies")]
pub mod sod_policies;
#[cfg(feature = "sod-policies")]
pub use sod_policies::SodPoliciesApi;

#[cfg(feature = "sod-violations")]
pub mod sod_violations;
#[cfg(feature = "sod-violations")]
pub use sod_violations::SodViolationsApi;

#[cfg(feature = "source-usages")]
pub mod source_usages;
#[cfg(feature = "source-usages")]
pub use source_usages::SourceUsagesApi;

#[cfg(feature = "sources")]
pub mod sources;
#[cfg(feature = "sources")]
pub use sources::SourcesApi;

#[cfg(feature = "sp-config")]
pub mod sp_config;
#[cfg(feature = "sp-config")]
pub use sp_config::SpConfigApi;

#[cfg(feature = "suggested-entitlement-description")]
pub mod suggested_entitlement_description;
#[cfg(feature = "suggested-entitlement-description")]
pub use suggested_entitlement_description::SuggestedEntitlementDescriptionApi;

#[cfg(feature = "tagged-objects")]
pub mod tagged_objects;
#[cfg(feature = "tagged-objects")]
pub use tagged_objects::TaggedObjectsApi;

#[cfg(feature = "task-management")]
pub mod task_management;
#[cfg(feature = "task-management")]
pub use task_management::TaskManagementApi;

#[cfg(feature = "tenant")]
pub mod tenant;
#[cfg(feature = "tenant")]
pub use tenant::TenantApi;

#[cfg(feature = "tenant-context")]
pub mod tenant_context;
#[cfg(feature = "tenant-context")]
pub use tenant_context::TenantContextApi;

#[cfg(feature = "transforms")]
pub mod transforms;
#[cfg(feature = "transforms")]
pub use transforms::TransformsApi;

#[cfg(feature = "triggers")]
pub mod triggers;
#[cfg(feature = "triggers")]
pub use triggers::TriggersApi;

#[cfg(feature = "ui-metadata")]
pub mod ui_metadata;
#[cfg(feature = "ui-metadata")]
pub use ui_metadata::UiMetadataApi;

#[cfg(feature = "work-items")]
pub mod work_items;
#[cfg(feature = "work-items")]
pub use work_items::WorkItemsApi;

#[cfg(feature = "work-reassignment")]
pub mod work_reassignment;
#[cfg(feature = "work-reassignment")]
pub use work_reassignment::WorkReassignmentApi;

#[cfg(feature = "workflows")]
pub mod workflows;
#[cfg(feature = "workflows")]
pub use workflows::WorkflowsApi;

#[cfg(feature = "launchers")]
pub mod launchers;
#[cfg(feature = "launchers")]
pub use launchers::LaunchersApi;

#[cfg(feature = "tags")]
pub mod tags;
#[cfg(feature = "tags")]
pub use tags::TagsApi;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "tenant-context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub mod errors;
