//! `Dtotype`, from `apis/shared/schemas/dtotype.yaml`.

/// An enumeration of the types of DTOs supported within the IdentityNow infrastructure.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Dtotype {
    /// `ACCOUNT_CORRELATION_CONFIG`
    AccountCorrelationConfig,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ACCESS_REQUEST_APPROVAL`
    AccessRequestApproval,
    /// `ACCOUNT`
    Account,
    /// `APPLICATION`
    Application,
    /// `CAMPAIGN`
    Campaign,
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// `CERTIFICATION`
    Certification,
    /// `CLUSTER`
    Cluster,
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// `ENTITLEMENT`
    Entitlement,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `IDENTITY_REQUEST`
    IdentityRequest,
    /// `MACHINE_IDENTITY`
    MachineIdentity,
    /// `LIFECYCLE_STATE`
    LifecycleState,
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// `ROLE`
    Role,
    /// `RULE`
    Rule,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// `TAG`
    Tag,
    /// `TAG_CATEGORY`
    TagCategory,
    /// `TASK_RESULT`
    TaskResult,
    /// `REPORT_RESULT`
    ReportResult,
    /// `SOD_VIOLATION`
    SodViolation,
    /// `ACCOUNT_ACTIVITY`
    AccountActivity,
    /// `WORKGROUP`
    Workgroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Dtotype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Dtotype::AccountCorrelationConfig => "ACCOUNT_CORRELATION_CONFIG",
            Dtotype::AccessProfile => "ACCESS_PROFILE",
            Dtotype::AccessRequestApproval => "ACCESS_REQUEST_APPROVAL",
            Dtotype::Account => "ACCOUNT",
            Dtotype::Application => "APPLICATION",
            Dtotype::Campaign => "CAMPAIGN",
            Dtotype::CampaignFilter => "CAMPAIGN_FILTER",
            Dtotype::Certification => "CERTIFICATION",
            Dtotype::Cluster => "CLUSTER",
            Dtotype::ConnectorSchema => "CONNECTOR_SCHEMA",
            Dtotype::Entitlement => "ENTITLEMENT",
            Dtotype::GovernanceGroup => "GOVERNANCE_GROUP",
            Dtotype::Identity => "IDENTITY",
            Dtotype::IdentityProfile => "IDENTITY_PROFILE",
            Dtotype::IdentityRequest => "IDENTITY_REQUEST",
            Dtotype::MachineIdentity => "MACHINE_IDENTITY",
            Dtotype::LifecycleState => "LIFECYCLE_STATE",
            Dtotype::PasswordPolicy => "PASSWORD_POLICY",
            Dtotype::Role => "ROLE",
            Dtotype::Rule => "RULE",
            Dtotype::SodPolicy => "SOD_POLICY",
            Dtotype::Source => "SOURCE",
            Dtotype::Tag => "TAG",
            Dtotype::TagCategory => "TAG_CATEGORY",
            Dtotype::TaskResult => "TASK_RESULT",
            Dtotype::ReportResult => "REPORT_RESULT",
            Dtotype::SodViolation => "SOD_VIOLATION",
            Dtotype::AccountActivity => "ACCOUNT_ACTIVITY",
            Dtotype::Workgroup => "WORKGROUP",
            Dtotype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Dtotype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => Dtotype::AccountCorrelationConfig,
            "ACCESS_PROFILE" => Dtotype::AccessProfile,
            "ACCESS_REQUEST_APPROVAL" => Dtotype::AccessRequestApproval,
            "ACCOUNT" => Dtotype::Account,
            "APPLICATION" => Dtotype::Application,
            "CAMPAIGN" => Dtotype::Campaign,
            "CAMPAIGN_FILTER" => Dtotype::CampaignFilter,
            "CERTIFICATION" => Dtotype::Certification,
            "CLUSTER" => Dtotype::Cluster,
            "CONNECTOR_SCHEMA" => Dtotype::ConnectorSchema,
            "ENTITLEMENT" => Dtotype::Entitlement,
            "GOVERNANCE_GROUP" => Dtotype::GovernanceGroup,
            "IDENTITY" => Dtotype::Identity,
            "IDENTITY_PROFILE" => Dtotype::IdentityProfile,
            "IDENTITY_REQUEST" => Dtotype::IdentityRequest,
            "MACHINE_IDENTITY" => Dtotype::MachineIdentity,
            "LIFECYCLE_STATE" => Dtotype::LifecycleState,
            "PASSWORD_POLICY" => Dtotype::PasswordPolicy,
            "ROLE" => Dtotype::Role,
            "RULE" => Dtotype::Rule,
            "SOD_POLICY" => Dtotype::SodPolicy,
            "SOURCE" => Dtotype::Source,
            "TAG" => Dtotype::Tag,
            "TAG_CATEGORY" => Dtotype::TagCategory,
            "TASK_RESULT" => Dtotype::TaskResult,
            "REPORT_RESULT" => Dtotype::ReportResult,
            "SOD_VIOLATION" => Dtotype::SodViolation,
            "ACCOUNT_ACTIVITY" => Dtotype::AccountActivity,
            "WORKGROUP" => Dtotype::Workgroup,
            other => Dtotype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Dtotype);
