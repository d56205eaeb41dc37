//! `V3DtoType`, from `v3/schemas/DtoType.yaml`.
crate::string_enum! {
    #[doc =
    " An enumeration of the types of DTOs supported within the IdentityNow infrastructure."]
    pub enum V3DtoType { #[doc = " `ACCOUNT_CORRELATION_CONFIG`"]
    AccountCorrelationConfig = "ACCOUNT_CORRELATION_CONFIG", #[doc = " `ACCESS_PROFILE`"]
    AccessProfile = "ACCESS_PROFILE", #[doc = " `ACCESS_REQUEST_APPROVAL`"]
    AccessRequestApproval = "ACCESS_REQUEST_APPROVAL", #[doc = " `ACCOUNT`"] Account =
    "ACCOUNT", #[doc = " `APPLICATION`"] Application = "APPLICATION", #[doc =
    " `CAMPAIGN`"] Campaign = "CAMPAIGN", #[doc = " `CAMPAIGN_FILTER`"] CampaignFilter =
    "CAMPAIGN_FILTER", #[doc = " `CERTIFICATION`"] Certification = "CERTIFICATION", #[doc
    = " `CLUSTER`"] Cluster = "CLUSTER", #[doc = " `CONNECTOR_SCHEMA`"] ConnectorSchema =
    "CONNECTOR_SCHEMA", #[doc = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", #[doc =
    " `GOVERNANCE_GROUP`"] GovernanceGroup = "GOVERNANCE_GROUP", #[doc = " `IDENTITY`"]
    Identity = "IDENTITY", #[doc = " `IDENTITY_PROFILE`"] IdentityProfile =
    "IDENTITY_PROFILE", #[doc = " `IDENTITY_REQUEST`"] IdentityRequest =
    "IDENTITY_REQUEST", #[doc = " `MACHINE_IDENTITY`"] MachineIdentity =
    "MACHINE_IDENTITY", #[doc = " `LIFECYCLE_STATE`"] LifecycleState = "LIFECYCLE_STATE",
    #[doc = " `PASSWORD_POLICY`"] PasswordPolicy = "PASSWORD_POLICY", #[doc = " `ROLE`"]
    Role = "ROLE", #[doc = " `RULE`"] Rule = "RULE", #[doc = " `SOD_POLICY`"] SodPolicy =
    "SOD_POLICY", #[doc = " `SOURCE`"] Source = "SOURCE", #[doc = " `TAG`"] Tag = "TAG",
    #[doc = " `TAG_CATEGORY`"] TagCategory = "TAG_CATEGORY", #[doc = " `TASK_RESULT`"]
    TaskResult = "TASK_RESULT", #[doc = " `REPORT_RESULT`"] ReportResult =
    "REPORT_RESULT", #[doc = " `SOD_VIOLATION`"] SodViolation = "SOD_VIOLATION", #[doc =
    " `ACCOUNT_ACTIVITY`"] AccountActivity = "ACCOUNT_ACTIVITY", #[doc = " `WORKGROUP`"]
    Workgroup = "WORKGROUP", }
}
