//! `FormElementDynamicDataSourceConfigObjectType`, from `beta/schemas/forms/FormElementDynamicDataSourceConfig.yaml`.
crate::string_enum! {
    #[doc = " ObjectType is a PreDefinedSelectOption value"] #[doc =
    " IDENTITY PreDefinedSelectOptionIdentity"] #[doc =
    " ACCESS_PROFILE PreDefinedSelectOptionAccessProfile"] #[doc =
    " SOURCES PreDefinedSelectOptionSources"] #[doc = " ROLE PreDefinedSelectOptionRole"]
    #[doc = " ENTITLEMENT PreDefinedSelectOptionEntitlement"] pub enum
    FormElementDynamicDataSourceConfigObjectType { #[doc = " `IDENTITY`"] Identity =
    "IDENTITY", #[doc = " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE", #[doc =
    " `SOURCES`"] Sources = "SOURCES", #[doc = " `ROLE`"] Role = "ROLE", #[doc =
    " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
