//! `SedAssigneeType`, from `beta/schemas/SedAssignee.yaml`.
crate::string_enum! {
    #[doc = " Type of assignment"] #[doc =
    " When value is PERSONA, the value MUST be SOURCE_OWNER or ENTITLEMENT_OWNER"] #[doc
    = " IDENTITY SED_ASSIGNEE_IDENTITY_TYPE"] #[doc = " GROUP SED_ASSIGNEE_GROUP_TYPE"]
    #[doc = " SOURCE_OWNER SED_ASSIGNEE_SOURCE_OWNER_TYPE"] #[doc =
    " ENTITLEMENT_OWNER SED_ASSIGNEE_ENTITLEMENT_OWNER_TYPE"] pub enum SedAssigneeType {
    #[doc = " `IDENTITY`"] Identity = "IDENTITY", #[doc = " `GROUP`"] Group = "GROUP",
    #[doc = " `SOURCE_OWNER`"] SourceOwner = "SOURCE_OWNER", #[doc =
    " `ENTITLEMENT_OWNER`"] EntitlementOwner = "ENTITLEMENT_OWNER", }
}
