//! `ExampleOutputAccessRequestDynamicApproverType`, from `beta/schemas/trigger/example-output/AccessRequestDynamicApprover.yaml`.
crate::string_enum! {
    #[doc = " The type of object being referenced."] pub enum
    ExampleOutputAccessRequestDynamicApproverType { #[doc = " `IDENTITY`"] Identity =
    "IDENTITY", #[doc = " `GOVERNANCE_GROUP`"] GovernanceGroup = "GOVERNANCE_GROUP", }
}
