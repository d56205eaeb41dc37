//! `ConditionEffectEffectType`, from `beta/schemas/forms/ConditionEffect.yaml`.
crate::string_enum! {
    #[doc =
    " Type of effect to perform when the conditions are evaluated for this logic block."]
    #[doc = " HIDE ConditionEffectTypeHide  Disables validations."] #[doc =
    " SHOW ConditionEffectTypeShow  Enables validations."] #[doc =
    " DISABLE ConditionEffectTypeDisable  Disables validations."] #[doc =
    " ENABLE ConditionEffectTypeEnable  Enables validations."] #[doc =
    " REQUIRE ConditionEffectTypeRequire"] #[doc =
    " OPTIONAL ConditionEffectTypeOptional"] #[doc =
    " SUBMIT_MESSAGE ConditionEffectTypeSubmitMessage"] #[doc =
    " SUBMIT_NOTIFICATION ConditionEffectTypeSubmitNotification"] #[doc =
    " SET_DEFAULT_VALUE ConditionEffectTypeSetDefaultValue  This value is ignored on purpose."]
    pub enum ConditionEffectEffectType { #[doc = " `HIDE`"] Hide = "HIDE", #[doc =
    " `SHOW`"] Show = "SHOW", #[doc = " `DISABLE`"] Disable = "DISABLE", #[doc =
    " `ENABLE`"] Enable = "ENABLE", #[doc = " `REQUIRE`"] Require = "REQUIRE", #[doc =
    " `OPTIONAL`"] Optional = "OPTIONAL", #[doc = " `SUBMIT_MESSAGE`"] SubmitMessage =
    "SUBMIT_MESSAGE", #[doc = " `SUBMIT_NOTIFICATION`"] SubmitNotification =
    "SUBMIT_NOTIFICATION", #[doc = " `SET_DEFAULT_VALUE`"] SetDefaultValue =
    "SET_DEFAULT_VALUE", }
}
