//! `RoleMembershipSelectorType`, from `v3/schemas/access/RoleMembershipSelectorType.yaml`.
crate::string_enum! {
    #[doc =
    " This enum characterizes the type of a Role's membership selector. Only the following two are fully supported:"]
    #[doc = " "] #[doc =
    " STANDARD: Indicates that Role membership is defined in terms of a criteria expression"]
    #[doc = " "] #[doc =
    " IDENTITY_LIST: Indicates that Role membership is conferred on the specific identities listed"]
    pub enum RoleMembershipSelectorType { #[doc = " `STANDARD`"] Standard = "STANDARD",
    #[doc = " `IDENTITY_LIST`"] IdentityList = "IDENTITY_LIST", }
}
