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

#[cfg(feature = "account-usages")]
pub mod account_usages;
#[cfg(feature = "account-usages")]
pub use account_usages::AccountUsagesApi;

#[cfg(feature = "accounts")]
pub mod accounts;
#[cfg(feature = "accounts")]
pub use accounts::AccountsApi;

#[cfg(feature = "application-discovery")]
pub mod application_discovery;
#[cfg(feature = "application-discovery")]
pub use application_discovery::ApplicationDiscoveryApi;

#[cfg(feature = "apps")]
pub mod apps;
#[cfg(feature = "apps")]
pub use apps::AppsApi;

#[cfg(feature = "auth-profile")]
pub mod auth_profile;
#[cfg(feature = "auth-profile")]
pub use auth_profile::AuthProfileApi;

#[cfg(feature = "certification-campaigns")]
pub mod certification_campaigns;
#[cfg(feature = "certification-campaigns")]
pub use certification_campaigns::CertificationCampaignsApi;

#[cfg(feature = "certifications")]
pub mod certifications;
#[cfg(feature = "certifications")]
pub use certifications::CertificationsApi;

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

#[cfg(feature = "entitlements")]
pub mod entitlements;
#[cfg(feature = "entitlements")]
pub use entitlements::EntitlementsApi;

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

#[cfg(feature = "iai-message-catalogs")]
pub mod iai_message_catalogs;
#[cfg(feature = "iai-message-catalogs")]
pub use iai_message_catalogs::IaiMessageCatalogsApi;

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

#[cfg(feature = "launchers")]
pub mod launchers;
#[cfg(feature = "launchers")]
pub use launchers::LaunchersApi;

#[cfg(feature = "lifecycle-states")]
pub mod lifecycle_states;
#[cfg(feature = "lifecycle-states")]
pub use lifecycle_states::LifecycleStatesApi;

#[cfg(feature = "managed-clients")]
pub mod managed_clients;
#[cfg(feature = "managed-clients")]
pub use managed_clients::ManagedClientsApi;

#[cfg(feature = "managed-clusters")]
pub mod managed_clusters;
#[cfg(feature = "managed-clusters")]
pub use managed_clusters::ManagedClustersApi;

#[cfg(feature = "mfa-configuration")]
pub mod mfa_configuration;
#[cfg(feature = "mfa-configuration")]
pub use mfa_configuration::MfaConfigurationApi;

#[cfg(feature = "mfa-controller")]
pub mod mfa_controller;
#[cfg(feature = "mfa-controller")]
pub use mfa_controller::MfaControllerApi;

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

#[cfg(feature = "public-identities-config")]
pub mod public_identities_config;
#[cfg(feature = "public-identities-config")]
pub use public_identities_config::PublicIdentitiesConfigApi;

#[cfg(feature = "requestable-objects")]
pub mod requestable_objects;
#[cfg(feature = "requestable-objects")]
pub use requestable_objects::RequestableObjectsApi;

#[cfg(feature = "role-insights")]
pub mod role_insights;
#[cfg(feature = "role-insights")]
pub use role_insights::RoleInsightsApi;

#[cfg(feature = "roles")]
pub mod roles;
#[cfg(feature = "roles")]
pub use roles::RolesApi;

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

#[cfg(feature = "sim-integrations")]
pub mod sim_integrations;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations::SimIntegrationsApi;

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

#[cfg(feature = "tags")]
pub mod tags;
#[cfg(feature = "tags")]
pub use tags::TagsApi;

#[cfg(feature = "task-management")]
pub mod task_management;
#[cfg(feature = "task-management")]
pub use task_management::TaskManagementApi;

#[cfg(feature = "tenant")]
pub mod tenant;
#[cfg(feature = "tenant")]
pub use tenant::TenantApi;

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

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
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
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub mod errors;
