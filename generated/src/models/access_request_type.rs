//! `AccessRequestType`, from `v2024/schemas/AccessRequestType.yaml`.
crate::string_enum! {
    #[doc =
    " Access request type. Defaults to GRANT_ACCESS. REVOKE_ACCESS type can only have a single Identity ID in the requestedFor field. MODIFY_ACCESS type is used for updating access expiration dates or other access modifications."]
    pub enum AccessRequestType { #[doc = " `GRANT_ACCESS`"] GrantAccess = "GRANT_ACCESS",
    #[doc = " `REVOKE_ACCESS`"] RevokeAccess = "REVOKE_ACCESS", #[doc =
    " `MODIFY_ACCESS`"] ModifyAccess = "MODIFY_ACCESS", }
}
