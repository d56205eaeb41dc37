//! `CorrelationConfigAttributeAssignmentsInnerOperation`, from `beta/schemas/CorrelationConfig.yaml`.
crate::string_enum! {
    #[doc = " The operation of the attribute assignment."] pub enum
    CorrelationConfigAttributeAssignmentsInnerOperation { #[doc = " `EQ`"] Eq = "EQ", }
}
