//! `CorrelatedGovernanceEventType`, from `beta/schemas/CorrelatedGovernanceEvent.yaml`.
crate::string_enum! {
    #[doc = " The type of governance event."] pub enum CorrelatedGovernanceEventType {
    #[doc = " `certification`"] Certification = "certification", #[doc =
    " `accessRequest`"] AccessRequest = "accessRequest", }
}
