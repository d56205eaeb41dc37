//! `ImportObjectType`, from `v3/schemas/ImportObject.yaml`.
crate::string_enum! {
    #[doc = " DTO type of object created or updated by import."] pub enum
    ImportObjectType { #[doc = " `CONNECTOR_RULE`"] ConnectorRule = "CONNECTOR_RULE",
    #[doc = " `IDENTITY_OBJECT_CONFIG`"] IdentityObjectConfig = "IDENTITY_OBJECT_CONFIG",
    #[doc = " `IDENTITY_PROFILE`"] IdentityProfile = "IDENTITY_PROFILE", #[doc =
    " `RULE`"] Rule = "RULE", #[doc = " `SOURCE`"] Source = "SOURCE", #[doc =
    " `TRANSFORM`"] Transform = "TRANSFORM", #[doc = " `TRIGGER_SUBSCRIPTION`"]
    TriggerSubscription = "TRIGGER_SUBSCRIPTION", }
}
