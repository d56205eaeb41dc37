//! `Workitemtypemanualworkitems`, from `apis/work-items/schemas/workitemtypemanualworkitems.yaml`.

/// The type of the work item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Workitemtypemanualworkitems {
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
    /// `PolicyVioloation`
    PolicyVioloation,
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

impl Workitemtypemanualworkitems {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Workitemtypemanualworkitems::Generic => "Generic",
            Workitemtypemanualworkitems::Certification => "Certification",
            Workitemtypemanualworkitems::Remediation => "Remediation",
            Workitemtypemanualworkitems::Delegation => "Delegation",
            Workitemtypemanualworkitems::Approval => "Approval",
            Workitemtypemanualworkitems::ViolationReview => "ViolationReview",
            Workitemtypemanualworkitems::Form => "Form",
            Workitemtypemanualworkitems::PolicyVioloation => "PolicyVioloation",
            Workitemtypemanualworkitems::Challenge => "Challenge",
            Workitemtypemanualworkitems::ImpactAnalysis => "ImpactAnalysis",
            Workitemtypemanualworkitems::Signoff => "Signoff",
            Workitemtypemanualworkitems::Event => "Event",
            Workitemtypemanualworkitems::ManualAction => "ManualAction",
            Workitemtypemanualworkitems::Test => "Test",
            Workitemtypemanualworkitems::Unknown(value) => value,
        }
    }
}

impl From<&str> for Workitemtypemanualworkitems {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Generic" => Workitemtypemanualworkitems::Generic,
            "Certification" => Workitemtypemanualworkitems::Certification,
            "Remediation" => Workitemtypemanualworkitems::Remediation,
            "Delegation" => Workitemtypemanualworkitems::Delegation,
            "Approval" => Workitemtypemanualworkitems::Approval,
            "ViolationReview" => Workitemtypemanualworkitems::ViolationReview,
            "Form" => Workitemtypemanualworkitems::Form,
            "PolicyVioloation" => Workitemtypemanualworkitems::PolicyVioloation,
            "Challenge" => Workitemtypemanualworkitems::Challenge,
            "ImpactAnalysis" => Workitemtypemanualworkitems::ImpactAnalysis,
            "Signoff" => Workitemtypemanualworkitems::Signoff,
            "Event" => Workitemtypemanualworkitems::Event,
            "ManualAction" => Workitemtypemanualworkitems::ManualAction,
            "Test" => Workitemtypemanualworkitems::Test,
            other => Workitemtypemanualworkitems::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Workitemtypemanualworkitems);
