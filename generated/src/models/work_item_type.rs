//! `WorkItemType`, from `v3/schemas/WorkItemType.yaml`.
crate::string_enum! {
    #[doc = " The type of the work item"] pub enum WorkItemType { #[doc = " `Unknown`"]
    UnknownValue = "Unknown", #[doc = " `Generic`"] Generic = "Generic", #[doc =
    " `Certification`"] Certification = "Certification", #[doc = " `Remediation`"]
    Remediation = "Remediation", #[doc = " `Delegation`"] Delegation = "Delegation",
    #[doc = " `Approval`"] Approval = "Approval", #[doc = " `ViolationReview`"]
    ViolationReview = "ViolationReview", #[doc = " `Form`"] Form = "Form", #[doc =
    " `PolicyViolation`"] PolicyViolation = "PolicyViolation", #[doc = " `Challenge`"]
    Challenge = "Challenge", #[doc = " `ImpactAnalysis`"] ImpactAnalysis =
    "ImpactAnalysis", #[doc = " `Signoff`"] Signoff = "Signoff", #[doc = " `Event`"]
    Event = "Event", #[doc = " `ManualAction`"] ManualAction = "ManualAction", #[doc =
    " `Test`"] Test = "Test", }
}
