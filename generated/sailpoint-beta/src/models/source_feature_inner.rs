//! `SourceFeatureInner`, from `beta/schemas/SourceFeature.yaml#/items`.

/// `SourceFeatureInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceFeatureInner {
    /// `AUTHENTICATE`
    Authenticate,
    /// `COMPOSITE`
    Composite,
    /// `DIRECT_PERMISSIONS`
    DirectPermissions,
    /// `DISCOVER_SCHEMA`
    DiscoverSchema,
    /// `ENABLE`
    Enable,
    /// `MANAGER_LOOKUP`
    ManagerLookup,
    /// `NO_RANDOM_ACCESS`
    NoRandomAccess,
    /// `PROXY`
    Proxy,
    /// `SEARCH`
    Search,
    /// `TEMPLATE`
    Template,
    /// `UNLOCK`
    Unlock,
    /// `UNSTRUCTURED_TARGETS`
    UnstructuredTargets,
    /// `SHAREPOINT_TARGET`
    SharepointTarget,
    /// `PROVISIONING`
    Provisioning,
    /// `GROUP_PROVISIONING`
    GroupProvisioning,
    /// `SYNC_PROVISIONING`
    SyncProvisioning,
    /// `PASSWORD`
    Password,
    /// `CURRENT_PASSWORD`
    CurrentPassword,
    /// `ACCOUNT_ONLY_REQUEST`
    AccountOnlyRequest,
    /// `ADDITIONAL_ACCOUNT_REQUEST`
    AdditionalAccountRequest,
    /// `NO_AGGREGATION`
    NoAggregation,
    /// `GROUPS_HAVE_MEMBERS`
    GroupsHaveMembers,
    /// `NO_PERMISSIONS_PROVISIONING`
    NoPermissionsProvisioning,
    /// `NO_GROUP_PERMISSIONS_PROVISIONING`
    NoGroupPermissionsProvisioning,
    /// `NO_UNSTRUCTURED_TARGETS_PROVISIONING`
    NoUnstructuredTargetsProvisioning,
    /// `NO_DIRECT_PERMISSIONS_PROVISIONING`
    NoDirectPermissionsProvisioning,
    /// `PREFER_UUID`
    PreferUuid,
    /// `ARM_SECURITY_EXTRACT`
    ArmSecurityExtract,
    /// `ARM_UTILIZATION_EXTRACT`
    ArmUtilizationExtract,
    /// `ARM_CHANGELOG_EXTRACT`
    ArmChangelogExtract,
    /// `USES_UUID`
    UsesUuid,
    /// `APPLICATION_DISCOVERY`
    ApplicationDiscovery,
    /// `DELETE`
    Delete,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceFeatureInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceFeatureInner::Authenticate => "AUTHENTICATE",
            SourceFeatureInner::Composite => "COMPOSITE",
            SourceFeatureInner::DirectPermissions => "DIRECT_PERMISSIONS",
            SourceFeatureInner::DiscoverSchema => "DISCOVER_SCHEMA",
            SourceFeatureInner::Enable => "ENABLE",
            SourceFeatureInner::ManagerLookup => "MANAGER_LOOKUP",
            SourceFeatureInner::NoRandomAccess => "NO_RANDOM_ACCESS",
            SourceFeatureInner::Proxy => "PROXY",
            SourceFeatureInner::Search => "SEARCH",
            SourceFeatureInner::Template => "TEMPLATE",
            SourceFeatureInner::Unlock => "UNLOCK",
            SourceFeatureInner::UnstructuredTargets => "UNSTRUCTURED_TARGETS",
            SourceFeatureInner::SharepointTarget => "SHAREPOINT_TARGET",
            SourceFeatureInner::Provisioning => "PROVISIONING",
            SourceFeatureInner::GroupProvisioning => "GROUP_PROVISIONING",
            SourceFeatureInner::SyncProvisioning => "SYNC_PROVISIONING",
            SourceFeatureInner::Password => "PASSWORD",
            SourceFeatureInner::CurrentPassword => "CURRENT_PASSWORD",
            SourceFeatureInner::AccountOnlyRequest => "ACCOUNT_ONLY_REQUEST",
            SourceFeatureInner::AdditionalAccountRequest => "ADDITIONAL_ACCOUNT_REQUEST",
            SourceFeatureInner::NoAggregation => "NO_AGGREGATION",
            SourceFeatureInner::GroupsHaveMembers => "GROUPS_HAVE_MEMBERS",
            SourceFeatureInner::NoPermissionsProvisioning => {
                "NO_PERMISSIONS_PROVISIONING"
            }
            SourceFeatureInner::NoGroupPermissionsProvisioning => {
                "NO_GROUP_PERMISSIONS_PROVISIONING"
            }
            SourceFeatureInner::NoUnstructuredTargetsProvisioning => {
                "NO_UNSTRUCTURED_TARGETS_PROVISIONING"
            }
            SourceFeatureInner::NoDirectPermissionsProvisioning => {
                "NO_DIRECT_PERMISSIONS_PROVISIONING"
            }
            SourceFeatureInner::PreferUuid => "PREFER_UUID",
            SourceFeatureInner::ArmSecurityExtract => "ARM_SECURITY_EXTRACT",
            SourceFeatureInner::ArmUtilizationExtract => "ARM_UTILIZATION_EXTRACT",
            SourceFeatureInner::ArmChangelogExtract => "ARM_CHANGELOG_EXTRACT",
            SourceFeatureInner::UsesUuid => "USES_UUID",
            SourceFeatureInner::ApplicationDiscovery => "APPLICATION_DISCOVERY",
            SourceFeatureInner::Delete => "DELETE",
            SourceFeatureInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceFeatureInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AUTHENTICATE" => SourceFeatureInner::Authenticate,
            "COMPOSITE" => SourceFeatureInner::Composite,
            "DIRECT_PERMISSIONS" => SourceFeatureInner::DirectPermissions,
            "DISCOVER_SCHEMA" => SourceFeatureInner::DiscoverSchema,
            "ENABLE" => SourceFeatureInner::Enable,
            "MANAGER_LOOKUP" => SourceFeatureInner::ManagerLookup,
            "NO_RANDOM_ACCESS" => SourceFeatureInner::NoRandomAccess,
            "PROXY" => SourceFeatureInner::Proxy,
            "SEARCH" => SourceFeatureInner::Search,
            "TEMPLATE" => SourceFeatureInner::Template,
            "UNLOCK" => SourceFeatureInner::Unlock,
            "UNSTRUCTURED_TARGETS" => SourceFeatureInner::UnstructuredTargets,
            "SHAREPOINT_TARGET" => SourceFeatureInner::SharepointTarget,
            "PROVISIONING" => SourceFeatureInner::Provisioning,
            "GROUP_PROVISIONING" => SourceFeatureInner::GroupProvisioning,
            "SYNC_PROVISIONING" => SourceFeatureInner::SyncProvisioning,
            "PASSWORD" => SourceFeatureInner::Password,
            "CURRENT_PASSWORD" => SourceFeatureInner::CurrentPassword,
            "ACCOUNT_ONLY_REQUEST" => SourceFeatureInner::AccountOnlyRequest,
            "ADDITIONAL_ACCOUNT_REQUEST" => SourceFeatureInner::AdditionalAccountRequest,
            "NO_AGGREGATION" => SourceFeatureInner::NoAggregation,
            "GROUPS_HAVE_MEMBERS" => SourceFeatureInner::GroupsHaveMembers,
            "NO_PERMISSIONS_PROVISIONING" => {
                SourceFeatureInner::NoPermissionsProvisioning
            }
            "NO_GROUP_PERMISSIONS_PROVISIONING" => {
                SourceFeatureInner::NoGroupPermissionsProvisioning
            }
            "NO_UNSTRUCTURED_TARGETS_PROVISIONING" => {
                SourceFeatureInner::NoUnstructuredTargetsProvisioning
            }
            "NO_DIRECT_PERMISSIONS_PROVISIONING" => {
                SourceFeatureInner::NoDirectPermissionsProvisioning
            }
            "PREFER_UUID" => SourceFeatureInner::PreferUuid,
            "ARM_SECURITY_EXTRACT" => SourceFeatureInner::ArmSecurityExtract,
            "ARM_UTILIZATION_EXTRACT" => SourceFeatureInner::ArmUtilizationExtract,
            "ARM_CHANGELOG_EXTRACT" => SourceFeatureInner::ArmChangelogExtract,
            "USES_UUID" => SourceFeatureInner::UsesUuid,
            "APPLICATION_DISCOVERY" => SourceFeatureInner::ApplicationDiscovery,
            "DELETE" => SourceFeatureInner::Delete,
            other => SourceFeatureInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceFeatureInner);
