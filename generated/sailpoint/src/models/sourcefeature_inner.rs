//! `SourcefeatureInner`, from `apis/multi-host-integration/schemas/sourcefeature.yaml#/items`.

/// `SourcefeatureInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcefeatureInner {
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

impl SourcefeatureInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcefeatureInner::Authenticate => "AUTHENTICATE",
            SourcefeatureInner::Composite => "COMPOSITE",
            SourcefeatureInner::DirectPermissions => "DIRECT_PERMISSIONS",
            SourcefeatureInner::DiscoverSchema => "DISCOVER_SCHEMA",
            SourcefeatureInner::Enable => "ENABLE",
            SourcefeatureInner::ManagerLookup => "MANAGER_LOOKUP",
            SourcefeatureInner::NoRandomAccess => "NO_RANDOM_ACCESS",
            SourcefeatureInner::Proxy => "PROXY",
            SourcefeatureInner::Search => "SEARCH",
            SourcefeatureInner::Template => "TEMPLATE",
            SourcefeatureInner::Unlock => "UNLOCK",
            SourcefeatureInner::UnstructuredTargets => "UNSTRUCTURED_TARGETS",
            SourcefeatureInner::SharepointTarget => "SHAREPOINT_TARGET",
            SourcefeatureInner::Provisioning => "PROVISIONING",
            SourcefeatureInner::GroupProvisioning => "GROUP_PROVISIONING",
            SourcefeatureInner::SyncProvisioning => "SYNC_PROVISIONING",
            SourcefeatureInner::Password => "PASSWORD",
            SourcefeatureInner::CurrentPassword => "CURRENT_PASSWORD",
            SourcefeatureInner::AccountOnlyRequest => "ACCOUNT_ONLY_REQUEST",
            SourcefeatureInner::AdditionalAccountRequest => "ADDITIONAL_ACCOUNT_REQUEST",
            SourcefeatureInner::NoAggregation => "NO_AGGREGATION",
            SourcefeatureInner::GroupsHaveMembers => "GROUPS_HAVE_MEMBERS",
            SourcefeatureInner::NoPermissionsProvisioning => {
                "NO_PERMISSIONS_PROVISIONING"
            }
            SourcefeatureInner::NoGroupPermissionsProvisioning => {
                "NO_GROUP_PERMISSIONS_PROVISIONING"
            }
            SourcefeatureInner::NoUnstructuredTargetsProvisioning => {
                "NO_UNSTRUCTURED_TARGETS_PROVISIONING"
            }
            SourcefeatureInner::NoDirectPermissionsProvisioning => {
                "NO_DIRECT_PERMISSIONS_PROVISIONING"
            }
            SourcefeatureInner::PreferUuid => "PREFER_UUID",
            SourcefeatureInner::ArmSecurityExtract => "ARM_SECURITY_EXTRACT",
            SourcefeatureInner::ArmUtilizationExtract => "ARM_UTILIZATION_EXTRACT",
            SourcefeatureInner::ArmChangelogExtract => "ARM_CHANGELOG_EXTRACT",
            SourcefeatureInner::UsesUuid => "USES_UUID",
            SourcefeatureInner::ApplicationDiscovery => "APPLICATION_DISCOVERY",
            SourcefeatureInner::Delete => "DELETE",
            SourcefeatureInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcefeatureInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AUTHENTICATE" => SourcefeatureInner::Authenticate,
            "COMPOSITE" => SourcefeatureInner::Composite,
            "DIRECT_PERMISSIONS" => SourcefeatureInner::DirectPermissions,
            "DISCOVER_SCHEMA" => SourcefeatureInner::DiscoverSchema,
            "ENABLE" => SourcefeatureInner::Enable,
            "MANAGER_LOOKUP" => SourcefeatureInner::ManagerLookup,
            "NO_RANDOM_ACCESS" => SourcefeatureInner::NoRandomAccess,
            "PROXY" => SourcefeatureInner::Proxy,
            "SEARCH" => SourcefeatureInner::Search,
            "TEMPLATE" => SourcefeatureInner::Template,
            "UNLOCK" => SourcefeatureInner::Unlock,
            "UNSTRUCTURED_TARGETS" => SourcefeatureInner::UnstructuredTargets,
            "SHAREPOINT_TARGET" => SourcefeatureInner::SharepointTarget,
            "PROVISIONING" => SourcefeatureInner::Provisioning,
            "GROUP_PROVISIONING" => SourcefeatureInner::GroupProvisioning,
            "SYNC_PROVISIONING" => SourcefeatureInner::SyncProvisioning,
            "PASSWORD" => SourcefeatureInner::Password,
            "CURRENT_PASSWORD" => SourcefeatureInner::CurrentPassword,
            "ACCOUNT_ONLY_REQUEST" => SourcefeatureInner::AccountOnlyRequest,
            "ADDITIONAL_ACCOUNT_REQUEST" => SourcefeatureInner::AdditionalAccountRequest,
            "NO_AGGREGATION" => SourcefeatureInner::NoAggregation,
            "GROUPS_HAVE_MEMBERS" => SourcefeatureInner::GroupsHaveMembers,
            "NO_PERMISSIONS_PROVISIONING" => {
                SourcefeatureInner::NoPermissionsProvisioning
            }
            "NO_GROUP_PERMISSIONS_PROVISIONING" => {
                SourcefeatureInner::NoGroupPermissionsProvisioning
            }
            "NO_UNSTRUCTURED_TARGETS_PROVISIONING" => {
                SourcefeatureInner::NoUnstructuredTargetsProvisioning
            }
            "NO_DIRECT_PERMISSIONS_PROVISIONING" => {
                SourcefeatureInner::NoDirectPermissionsProvisioning
            }
            "PREFER_UUID" => SourcefeatureInner::PreferUuid,
            "ARM_SECURITY_EXTRACT" => SourcefeatureInner::ArmSecurityExtract,
            "ARM_UTILIZATION_EXTRACT" => SourcefeatureInner::ArmUtilizationExtract,
            "ARM_CHANGELOG_EXTRACT" => SourcefeatureInner::ArmChangelogExtract,
            "USES_UUID" => SourcefeatureInner::UsesUuid,
            "APPLICATION_DISCOVERY" => SourcefeatureInner::ApplicationDiscovery,
            "DELETE" => SourcefeatureInner::Delete,
            other => SourcefeatureInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcefeatureInner);
