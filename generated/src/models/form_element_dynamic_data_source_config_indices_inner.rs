//! `FormElementDynamicDataSourceConfigIndicesInner`, from `beta/schemas/forms/FormElementDynamicDataSourceConfig.yaml`.
crate::string_enum! {
    #[doc = " `FormElementDynamicDataSourceConfigIndicesInner` as the spec defines it."]
    pub enum FormElementDynamicDataSourceConfigIndicesInner { #[doc =
    " `accessprofiles`"] Accessprofiles = "accessprofiles", #[doc =
    " `accountactivities`"] Accountactivities = "accountactivities", #[doc =
    " `entitlements`"] Entitlements = "entitlements", #[doc = " `identities`"] Identities
    = "identities", #[doc = " `events`"] Events = "events", #[doc = " `roles`"] Roles =
    "roles", #[doc = " `*`"] Asterisk = "*", }
}
