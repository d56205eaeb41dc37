//! `ImportOptionsDefaultReferencesInner`, from `beta/schemas/ImportOptions.yaml`.
crate::string_enum! {
    #[doc = " `ImportOptionsDefaultReferencesInner` as the spec defines it."] pub enum
    ImportOptionsDefaultReferencesInner { #[doc = " `CONNECTOR_RULE`"] ConnectorRule =
    "CONNECTOR_RULE", #[doc = " `IDENTITY_OBJECT_CONFIG`"] IdentityObjectConfig =
    "IDENTITY_OBJECT_CONFIG", #[doc = " `IDENTITY_PROFILE`"] IdentityProfile =
    "IDENTITY_PROFILE", #[doc = " `RULE`"] Rule = "RULE", #[doc = " `SOURCE`"] Source =
    "SOURCE", #[doc = " `TRANSFORM`"] Transform = "TRANSFORM", #[doc =
    " `TRIGGER_SUBSCRIPTION`"] TriggerSubscription = "TRIGGER_SUBSCRIPTION", }
}
