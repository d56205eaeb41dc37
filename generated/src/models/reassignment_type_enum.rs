//! `ReassignmentTypeEnum`, from `beta/schemas/work-reassignment/ReassignmentTypeEnum.yaml`.
crate::string_enum! {
    #[doc =
    " Enum list containing types of Reassignment that can be found in the evaluate response."]
    pub enum ReassignmentTypeEnum { #[doc = " `MANUAL_REASSIGNMENT,`"] ManualReassignment
    = "MANUAL_REASSIGNMENT,", #[doc = " `AUTOMATIC_REASSIGNMENT,`"] AutomaticReassignment
    = "AUTOMATIC_REASSIGNMENT,", #[doc = " `AUTO_ESCALATION,`"] AutoEscalation =
    "AUTO_ESCALATION,", #[doc = " `SELF_REVIEW_DELEGATION`"] SelfReviewDelegation =
    "SELF_REVIEW_DELEGATION", }
}
