//! `AccountdetailsFeaturesInner`, from `apis/account-deletion-requests/schemas/accountdetails.yaml#/properties/features/items`.

/// `AccountdetailsFeaturesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountdetailsFeaturesInner {
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
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountdetailsFeaturesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountdetailsFeaturesInner::Authenticate => "AUTHENTICATE",
            AccountdetailsFeaturesInner::Composite => "COMPOSITE",
            AccountdetailsFeaturesInner::DirectPermissions => "DIRECT_PERMISSIONS",
            AccountdetailsFeaturesInner::DiscoverSchema => "DISCOVER_SCHEMA",
            AccountdetailsFeaturesInner::Enable => "ENABLE",
            AccountdetailsFeaturesInner::ManagerLookup => "MANAGER_LOOKUP",
            AccountdetailsFeaturesInner::NoRandomAccess => "NO_RANDOM_ACCESS",
            AccountdetailsFeaturesInner::Proxy => "PROXY",
            AccountdetailsFeaturesInner::Search => "SEARCH",
            AccountdetailsFeaturesInner::Template => "TEMPLATE",
            AccountdetailsFeaturesInner::Unlock => "UNLOCK",
            AccountdetailsFeaturesInner::UnstructuredTargets => "UNSTRUCTURED_TARGETS",
            AccountdetailsFeaturesInner::SharepointTarget => "SHAREPOINT_TARGET",
            AccountdetailsFeaturesInner::Provisioning => "PROVISIONING",
            AccountdetailsFeaturesInner::GroupProvisioning => "GROUP_PROVISIONING",
            AccountdetailsFeaturesInner::SyncProvisioning => "SYNC_PROVISIONING",
            AccountdetailsFeaturesInner::Password => "PASSWORD",
            AccountdetailsFeaturesInner::CurrentPassword => "CURRENT_PASSWORD",
            AccountdetailsFeaturesInner::AccountOnlyRequest => "ACCOUNT_ONLY_REQUEST",
            AccountdetailsFeaturesInner::AdditionalAccountRequest => {
                "ADDITIONAL_ACCOUNT_REQUEST"
            }
            AccountdetailsFeaturesInner::NoAggregation => "NO_AGGREGATION",
            AccountdetailsFeaturesInner::GroupsHaveMembers => "GROUPS_HAVE_MEMBERS",
            AccountdetailsFeaturesInner::NoPermissionsProvisioning => {
                "NO_PERMISSIONS_PROVISIONING"
            }
            AccountdetailsFeaturesInner::NoGroupPermissionsProvisioning => {
                "NO_GROUP_PERMISSIONS_PROVISIONING"
            }
            AccountdetailsFeaturesInner::NoUnstructuredTargetsProvisioning => {
                "NO_UNSTRUCTURED_TARGETS_PROVISIONING"
            }
            AccountdetailsFeaturesInner::NoDirectPermissionsProvisioning => {
                "NO_DIRECT_PERMISSIONS_PROVISIONING"
            }
            AccountdetailsFeaturesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountdetailsFeaturesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AUTHENTICATE" => AccountdetailsFeaturesInner::Authenticate,
            "COMPOSITE" => AccountdetailsFeaturesInner::Composite,
            "DIRECT_PERMISSIONS" => AccountdetailsFeaturesInner::DirectPermissions,
            "DISCOVER_SCHEMA" => AccountdetailsFeaturesInner::DiscoverSchema,
            "ENABLE" => AccountdetailsFeaturesInner::Enable,
            "MANAGER_LOOKUP" => AccountdetailsFeaturesInner::ManagerLookup,
            "NO_RANDOM_ACCESS" => AccountdetailsFeaturesInner::NoRandomAccess,
            "PROXY" => AccountdetailsFeaturesInner::Proxy,
            "SEARCH" => AccountdetailsFeaturesInner::Search,
            "TEMPLATE" => AccountdetailsFeaturesInner::Template,
            "UNLOCK" => AccountdetailsFeaturesInner::Unlock,
            "UNSTRUCTURED_TARGETS" => AccountdetailsFeaturesInner::UnstructuredTargets,
            "SHAREPOINT_TARGET" => AccountdetailsFeaturesInner::SharepointTarget,
            "PROVISIONING" => AccountdetailsFeaturesInner::Provisioning,
            "GROUP_PROVISIONING" => AccountdetailsFeaturesInner::GroupProvisioning,
            "SYNC_PROVISIONING" => AccountdetailsFeaturesInner::SyncProvisioning,
            "PASSWORD" => AccountdetailsFeaturesInner::Password,
            "CURRENT_PASSWORD" => AccountdetailsFeaturesInner::CurrentPassword,
            "ACCOUNT_ONLY_REQUEST" => AccountdetailsFeaturesInner::AccountOnlyRequest,
            "ADDITIONAL_ACCOUNT_REQUEST" => {
                AccountdetailsFeaturesInner::AdditionalAccountRequest
            }
            "NO_AGGREGATION" => AccountdetailsFeaturesInner::NoAggregation,
            "GROUPS_HAVE_MEMBERS" => AccountdetailsFeaturesInner::GroupsHaveMembers,
            "NO_PERMISSIONS_PROVISIONING" => {
                AccountdetailsFeaturesInner::NoPermissionsProvisioning
            }
            "NO_GROUP_PERMISSIONS_PROVISIONING" => {
                AccountdetailsFeaturesInner::NoGroupPermissionsProvisioning
            }
            "NO_UNSTRUCTURED_TARGETS_PROVISIONING" => {
                AccountdetailsFeaturesInner::NoUnstructuredTargetsProvisioning
            }
            "NO_DIRECT_PERMISSIONS_PROVISIONING" => {
                AccountdetailsFeaturesInner::NoDirectPermissionsProvisioning
            }
            other => AccountdetailsFeaturesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountdetailsFeaturesInner);
