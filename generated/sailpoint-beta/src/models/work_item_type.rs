//! `WorkItemType`, from `v3/schemas/WorkItemType.yaml`.

/// The type of the work item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkItemType {
    /// `Unknown`
    UnknownValue,
    /// `Generic`
    Generic,
    /// `Certification`
    Certification,
    /// `Remediation`
    Remediation,
    /// `Delegation`
    Delegation,
    /// `Approval`
    Approval,
    /// `ViolationReview`
    ViolationReview,
    /// `Form`
    Form,
    /// `PolicyViolation`
    PolicyViolation,
    /// `Challenge`
    Challenge,
    /// `ImpactAnalysis`
    ImpactAnalysis,
    /// `Signoff`
    Signoff,
    /// `Event`
    Event,
    /// `ManualAction`
    ManualAction,
    /// `Test`
    Test,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkItemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkItemType::UnknownValue => "Unknown",
            WorkItemType::Generic => "Generic",
            WorkItemType::Certification => "Certification",
            WorkItemType::Remediation => "Remediation",
            WorkItemType::Delegation => "Delegation",
            WorkItemType::Approval => "Approval",
            WorkItemType::ViolationReview => "ViolationReview",
            WorkItemType::Form => "Form",
            WorkItemType::PolicyViolation => "PolicyViolation",
            WorkItemType::Challenge => "Challenge",
            WorkItemType::ImpactAnalysis => "ImpactAnalysis",
            WorkItemType::Signoff => "Signoff",
            WorkItemType::Event => "Event",
            WorkItemType::ManualAction => "ManualAction",
            WorkItemType::Test => "Test",
            WorkItemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkItemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Unknown" => WorkItemType::UnknownValue,
            "Generic" => WorkItemType::Generic,
            "Certification" => WorkItemType::Certification,
            "Remediation" => WorkItemType::Remediation,
            "Delegation" => WorkItemType::Delegation,
            "Approval" => WorkItemType::Approval,
            "ViolationReview" => WorkItemType::ViolationReview,
            "Form" => WorkItemType::Form,
            "PolicyViolation" => WorkItemType::PolicyViolation,
            "Challenge" => WorkItemType::Challenge,
            "ImpactAnalysis" => WorkItemType::ImpactAnalysis,
            "Signoff" => WorkItemType::Signoff,
            "Event" => WorkItemType::Event,
            "ManualAction" => WorkItemType::ManualAction,
            "Test" => WorkItemType::Test,
            other => WorkItemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkItemType);
