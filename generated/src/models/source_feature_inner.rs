//! `SourceFeatureInner`, from `beta/schemas/SourceFeature.yaml`.
crate::string_enum! {
    #[doc = " `SourceFeatureInner` as the spec defines it."] pub enum SourceFeatureInner
    { #[doc = " `AUTHENTICATE`"] Authenticate = "AUTHENTICATE", #[doc = " `COMPOSITE`"]
    Composite = "COMPOSITE", #[doc = " `DIRECT_PERMISSIONS`"] DirectPermissions =
    "DIRECT_PERMISSIONS", #[doc = " `DISCOVER_SCHEMA`"] DiscoverSchema =
    "DISCOVER_SCHEMA", #[doc = " `ENABLE`"] Enable = "ENABLE", #[doc =
    " `MANAGER_LOOKUP`"] ManagerLookup = "MANAGER_LOOKUP", #[doc = " `NO_RANDOM_ACCESS`"]
    NoRandomAccess = "NO_RANDOM_ACCESS", #[doc = " `PROXY`"] Proxy = "PROXY", #[doc =
    " `SEARCH`"] Search = "SEARCH", #[doc = " `TEMPLATE`"] Template = "TEMPLATE", #[doc =
    " `UNLOCK`"] Unlock = "UNLOCK", #[doc = " `UNSTRUCTURED_TARGETS`"]
    UnstructuredTargets = "UNSTRUCTURED_TARGETS", #[doc = " `SHAREPOINT_TARGET`"]
    SharepointTarget = "SHAREPOINT_TARGET", #[doc = " `PROVISIONING`"] Provisioning =
    "PROVISIONING", #[doc = " `GROUP_PROVISIONING`"] GroupProvisioning =
    "GROUP_PROVISIONING", #[doc = " `SYNC_PROVISIONING`"] SyncProvisioning =
    "SYNC_PROVISIONING", #[doc = " `PASSWORD`"] Password = "PASSWORD", #[doc =
    " `CURRENT_PASSWORD`"] CurrentPassword = "CURRENT_PASSWORD", #[doc =
    " `ACCOUNT_ONLY_REQUEST`"] AccountOnlyRequest = "ACCOUNT_ONLY_REQUEST", #[doc =
    " `ADDITIONAL_ACCOUNT_REQUEST`"] AdditionalAccountRequest =
    "ADDITIONAL_ACCOUNT_REQUEST", #[doc = " `NO_AGGREGATION`"] NoAggregation =
    "NO_AGGREGATION", #[doc = " `GROUPS_HAVE_MEMBERS`"] GroupsHaveMembers =
    "GROUPS_HAVE_MEMBERS", #[doc = " `NO_PERMISSIONS_PROVISIONING`"]
    NoPermissionsProvisioning = "NO_PERMISSIONS_PROVISIONING", #[doc =
    " `NO_GROUP_PERMISSIONS_PROVISIONING`"] NoGroupPermissionsProvisioning =
    "NO_GROUP_PERMISSIONS_PROVISIONING", #[doc =
    " `NO_UNSTRUCTURED_TARGETS_PROVISIONING`"] NoUnstructuredTargetsProvisioning =
    "NO_UNSTRUCTURED_TARGETS_PROVISIONING", #[doc =
    " `NO_DIRECT_PERMISSIONS_PROVISIONING`"] NoDirectPermissionsProvisioning =
    "NO_DIRECT_PERMISSIONS_PROVISIONING", #[doc = " `PREFER_UUID`"] PreferUuid =
    "PREFER_UUID", #[doc = " `ARM_SECURITY_EXTRACT`"] ArmSecurityExtract =
    "ARM_SECURITY_EXTRACT", #[doc = " `ARM_UTILIZATION_EXTRACT`"] ArmUtilizationExtract =
    "ARM_UTILIZATION_EXTRACT", #[doc = " `ARM_CHANGELOG_EXTRACT`"] ArmChangelogExtract =
    "ARM_CHANGELOG_EXTRACT", #[doc = " `USES_UUID`"] UsesUuid = "USES_UUID", #[doc =
    " `APPLICATION_DISCOVERY`"] ApplicationDiscovery = "APPLICATION_DISCOVERY", #[doc =
    " `DELETE`"] Delete = "DELETE", }
}
