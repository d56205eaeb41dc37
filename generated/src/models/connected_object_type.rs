//! `ConnectedObjectType`, from `beta/schemas/workgroups/ConnectedObjectType.yaml`.
crate::string_enum! {
    #[doc =
    " An enumeration of the types of Objects associated with a Governance Group. Supported object types are ACCESS_PROFILE, ROLE, SOD_POLICY and SOURCE."]
    pub enum ConnectedObjectType { #[doc = " `ACCESS_PROFILE`"] AccessProfile =
    "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", #[doc = " `SOD_POLICY`"]
    SodPolicy = "SOD_POLICY", #[doc = " `SOURCE`"] Source = "SOURCE", }
}
