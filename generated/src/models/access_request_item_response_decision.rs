//! `AccessRequestItemResponseDecision`, from `beta/schemas/AccessRequestItemResponse.yaml`.
crate::string_enum! {
    #[doc = " the final decision for the access request"] pub enum
    AccessRequestItemResponseDecision { #[doc = " `APPROVED`"] Approved = "APPROVED",
    #[doc = " `REJECTED`"] Rejected = "REJECTED", }
}
