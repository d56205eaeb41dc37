//! `CorrelationConfigAttributeAssignmentsInnerMatchMode`, from `beta/schemas/CorrelationConfig.yaml`.
crate::string_enum! {
    #[doc = " The match mode of the attribute assignment."] pub enum
    CorrelationConfigAttributeAssignmentsInnerMatchMode { #[doc = " `ANYWHERE`"] Anywhere
    = "ANYWHERE", #[doc = " `START`"] Start = "START", #[doc = " `END`"] End = "END", }
}
