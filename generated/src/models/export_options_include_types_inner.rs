//! `ExportOptionsIncludeTypesInner`, from `beta/schemas/ExportOptions.yaml`.
crate::string_enum! {
    #[doc = " `ExportOptionsIncludeTypesInner` as the spec defines it."] pub enum
    ExportOptionsIncludeTypesInner { #[doc = " `ACCESS_PROFILE`"] AccessProfile =
    "ACCESS_PROFILE", #[doc = " `ACCESS_REQUEST_CONFIG`"] AccessRequestConfig =
    "ACCESS_REQUEST_CONFIG", #[doc = " `ATTR_SYNC_SOURCE_CONFIG`"] AttrSyncSourceConfig =
    "ATTR_SYNC_SOURCE_CONFIG", #[doc = " `AUTH_ORG`"] AuthOrg = "AUTH_ORG", #[doc =
    " `CAMPAIGN_FILTER`"] CampaignFilter = "CAMPAIGN_FILTER", #[doc =
    " `CONNECTOR_RULE`"] ConnectorRule = "CONNECTOR_RULE", #[doc = " `FORM_DEFINITION`"]
    FormDefinition = "FORM_DEFINITION", #[doc = " `GOVERNANCE_GROUP`"] GovernanceGroup =
    "GOVERNANCE_GROUP", #[doc = " `IDENTITY_OBJECT_CONFIG`"] IdentityObjectConfig =
    "IDENTITY_OBJECT_CONFIG", #[doc = " `IDENTITY_PROFILE`"] IdentityProfile =
    "IDENTITY_PROFILE", #[doc = " `LIFECYCLE_STATE`"] LifecycleState = "LIFECYCLE_STATE",
    #[doc = " `NOTIFICATION_TEMPLATE`"] NotificationTemplate = "NOTIFICATION_TEMPLATE",
    #[doc = " `PASSWORD_POLICY`"] PasswordPolicy = "PASSWORD_POLICY", #[doc =
    " `PASSWORD_SYNC_GROUP`"] PasswordSyncGroup = "PASSWORD_SYNC_GROUP", #[doc =
    " `PUBLIC_IDENTITIES_CONFIG`"] PublicIdentitiesConfig = "PUBLIC_IDENTITIES_CONFIG",
    #[doc = " `ROLE`"] Role = "ROLE", #[doc = " `RULE`"] Rule = "RULE", #[doc =
    " `SEGMENT`"] Segment = "SEGMENT", #[doc = " `SERVICE_DESK_INTEGRATION`"]
    ServiceDeskIntegration = "SERVICE_DESK_INTEGRATION", #[doc = " `SOD_POLICY`"]
    SodPolicy = "SOD_POLICY", #[doc = " `SOURCE`"] Source = "SOURCE", #[doc = " `TAG`"]
    Tag = "TAG", #[doc = " `TRANSFORM`"] Transform = "TRANSFORM", #[doc =
    " `TRIGGER_SUBSCRIPTION`"] TriggerSubscription = "TRIGGER_SUBSCRIPTION", #[doc =
    " `WORKFLOW`"] Workflow = "WORKFLOW", }
}
