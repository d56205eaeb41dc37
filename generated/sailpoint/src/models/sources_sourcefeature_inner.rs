//! `SourcesSourcefeatureInner`, from `apis/sources/schemas/sourcefeature.yaml#/items`.

/// `SourcesSourcefeatureInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesSourcefeatureInner {
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

impl SourcesSourcefeatureInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesSourcefeatureInner::Authenticate => "AUTHENTICATE",
            SourcesSourcefeatureInner::Composite => "COMPOSITE",
            SourcesSourcefeatureInner::DirectPermissions => "DIRECT_PERMISSIONS",
            SourcesSourcefeatureInner::DiscoverSchema => "DISCOVER_SCHEMA",
            SourcesSourcefeatureInner::Enable => "ENABLE",
            SourcesSourcefeatureInner::ManagerLookup => "MANAGER_LOOKUP",
            SourcesSourcefeatureInner::NoRandomAccess => "NO_RANDOM_ACCESS",
            SourcesSourcefeatureInner::Proxy => "PROXY",
            SourcesSourcefeatureInner::Search => "SEARCH",
            SourcesSourcefeatureInner::Template => "TEMPLATE",
            SourcesSourcefeatureInner::Unlock => "UNLOCK",
            SourcesSourcefeatureInner::UnstructuredTargets => "UNSTRUCTURED_TARGETS",
            SourcesSourcefeatureInner::SharepointTarget => "SHAREPOINT_TARGET",
            SourcesSourcefeatureInner::Provisioning => "PROVISIONING",
            SourcesSourcefeatureInner::GroupProvisioning => "GROUP_PROVISIONING",
            SourcesSourcefeatureInner::SyncProvisioning => "SYNC_PROVISIONING",
            SourcesSourcefeatureInner::Password => "PASSWORD",
            SourcesSourcefeatureInner::CurrentPassword => "CURRENT_PASSWORD",
            SourcesSourcefeatureInner::AccountOnlyRequest => "ACCOUNT_ONLY_REQUEST",
            SourcesSourcefeatureInner::AdditionalAccountRequest => {
                "ADDITIONAL_ACCOUNT_REQUEST"
            }
            SourcesSourcefeatureInner::NoAggregation => "NO_AGGREGATION",
            SourcesSourcefeatureInner::GroupsHaveMembers => "GROUPS_HAVE_MEMBERS",
            SourcesSourcefeatureInner::NoPermissionsProvisioning => {
                "NO_PERMISSIONS_PROVISIONING"
            }
            SourcesSourcefeatureInner::NoGroupPermissionsProvisioning => {
                "NO_GROUP_PERMISSIONS_PROVISIONING"
            }
            SourcesSourcefeatureInner::NoUnstructuredTargetsProvisioning => {
                "NO_UNSTRUCTURED_TARGETS_PROVISIONING"
            }
            SourcesSourcefeatureInner::NoDirectPermissionsProvisioning => {
                "NO_DIRECT_PERMISSIONS_PROVISIONING"
            }
            SourcesSourcefeatureInner::PreferUuid => "PREFER_UUID",
            SourcesSourcefeatureInner::ArmSecurityExtract => "ARM_SECURITY_EXTRACT",
            SourcesSourcefeatureInner::ArmUtilizationExtract => "ARM_UTILIZATION_EXTRACT",
            SourcesSourcefeatureInner::ArmChangelogExtract => "ARM_CHANGELOG_EXTRACT",
            SourcesSourcefeatureInner::UsesUuid => "USES_UUID",
            SourcesSourcefeatureInner::ApplicationDiscovery => "APPLICATION_DISCOVERY",
            SourcesSourcefeatureInner::Delete => "DELETE",
            SourcesSourcefeatureInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcesSourcefeatureInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AUTHENTICATE" => SourcesSourcefeatureInner::Authenticate,
            "COMPOSITE" => SourcesSourcefeatureInner::Composite,
            "DIRECT_PERMISSIONS" => SourcesSourcefeatureInner::DirectPermissions,
            "DISCOVER_SCHEMA" => SourcesSourcefeatureInner::DiscoverSchema,
            "ENABLE" => SourcesSourcefeatureInner::Enable,
            "MANAGER_LOOKUP" => SourcesSourcefeatureInner::ManagerLookup,
            "NO_RANDOM_ACCESS" => SourcesSourcefeatureInner::NoRandomAccess,
            "PROXY" => SourcesSourcefeatureInner::Proxy,
            "SEARCH" => SourcesSourcefeatureInner::Search,
            "TEMPLATE" => SourcesSourcefeatureInner::Template,
            "UNLOCK" => SourcesSourcefeatureInner::Unlock,
            "UNSTRUCTURED_TARGETS" => SourcesSourcefeatureInner::UnstructuredTargets,
            "SHAREPOINT_TARGET" => SourcesSourcefeatureInner::SharepointTarget,
            "PROVISIONING" => SourcesSourcefeatureInner::Provisioning,
            "GROUP_PROVISIONING" => SourcesSourcefeatureInner::GroupProvisioning,
            "SYNC_PROVISIONING" => SourcesSourcefeatureInner::SyncProvisioning,
            "PASSWORD" => SourcesSourcefeatureInner::Password,
            "CURRENT_PASSWORD" => SourcesSourcefeatureInner::CurrentPassword,
            "ACCOUNT_ONLY_REQUEST" => SourcesSourcefeatureInner::AccountOnlyRequest,
            "ADDITIONAL_ACCOUNT_REQUEST" => {
                SourcesSourcefeatureInner::AdditionalAccountRequest
            }
            "NO_AGGREGATION" => SourcesSourcefeatureInner::NoAggregation,
            "GROUPS_HAVE_MEMBERS" => SourcesSourcefeatureInner::GroupsHaveMembers,
            "NO_PERMISSIONS_PROVISIONING" => {
                SourcesSourcefeatureInner::NoPermissionsProvisioning
            }
            "NO_GROUP_PERMISSIONS_PROVISIONING" => {
                SourcesSourcefeatureInner::NoGroupPermissionsProvisioning
            }
            "NO_UNSTRUCTURED_TARGETS_PROVISIONING" => {
                SourcesSourcefeatureInner::NoUnstructuredTargetsProvisioning
            }
            "NO_DIRECT_PERMISSIONS_PROVISIONING" => {
                SourcesSourcefeatureInner::NoDirectPermissionsProvisioning
            }
            "PREFER_UUID" => SourcesSourcefeatureInner::PreferUuid,
            "ARM_SECURITY_EXTRACT" => SourcesSourcefeatureInner::ArmSecurityExtract,
            "ARM_UTILIZATION_EXTRACT" => SourcesSourcefeatureInner::ArmUtilizationExtract,
            "ARM_CHANGELOG_EXTRACT" => SourcesSourcefeatureInner::ArmChangelogExtract,
            "USES_UUID" => SourcesSourcefeatureInner::UsesUuid,
            "APPLICATION_DISCOVERY" => SourcesSourcefeatureInner::ApplicationDiscovery,
            "DELETE" => SourcesSourcefeatureInner::Delete,
            other => SourcesSourcefeatureInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcesSourcefeatureInner);
