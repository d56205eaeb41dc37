//! `RoleCriteriaKeyType`, from `v3/schemas/access/RoleCriteriaKeyType.yaml`.
crate::string_enum! {
    #[doc =
    " Indicates whether the associated criteria represents an expression on identity attributes, account attributes, or entitlements, respectively."]
    pub enum RoleCriteriaKeyType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", #[doc =
    " `ACCOUNT`"] Account = "ACCOUNT", #[doc = " `ENTITLEMENT`"] Entitlement =
    "ENTITLEMENT", }
}
