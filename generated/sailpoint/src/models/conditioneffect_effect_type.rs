//! `ConditioneffectEffectType`, from `apis/custom-forms/schemas/conditioneffect.yaml#/properties/effectType`.

/// Type of effect to perform when the conditions are evaluated for this logic block.
/// HIDE ConditionEffectTypeHide  Disables validations.
/// SHOW ConditionEffectTypeShow  Enables validations.
/// DISABLE ConditionEffectTypeDisable  Disables validations.
/// ENABLE ConditionEffectTypeEnable  Enables validations.
/// REQUIRE ConditionEffectTypeRequire
/// OPTIONAL ConditionEffectTypeOptional
/// SUBMIT_MESSAGE ConditionEffectTypeSubmitMessage
/// SUBMIT_NOTIFICATION ConditionEffectTypeSubmitNotification
/// SET_DEFAULT_VALUE ConditionEffectTypeSetDefaultValue  This value is ignored on purpose.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConditioneffectEffectType {
    /// `HIDE`
    Hide,
    /// `SHOW`
    Show,
    /// `DISABLE`
    Disable,
    /// `ENABLE`
    Enable,
    /// `REQUIRE`
    Require,
    /// `OPTIONAL`
    Optional,
    /// `SUBMIT_MESSAGE`
    SubmitMessage,
    /// `SUBMIT_NOTIFICATION`
    SubmitNotification,
    /// `SET_DEFAULT_VALUE`
    SetDefaultValue,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConditioneffectEffectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConditioneffectEffectType::Hide => "HIDE",
            ConditioneffectEffectType::Show => "SHOW",
            ConditioneffectEffectType::Disable => "DISABLE",
            ConditioneffectEffectType::Enable => "ENABLE",
            ConditioneffectEffectType::Require => "REQUIRE",
            ConditioneffectEffectType::Optional => "OPTIONAL",
            ConditioneffectEffectType::SubmitMessage => "SUBMIT_MESSAGE",
            ConditioneffectEffectType::SubmitNotification => "SUBMIT_NOTIFICATION",
            ConditioneffectEffectType::SetDefaultValue => "SET_DEFAULT_VALUE",
            ConditioneffectEffectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConditioneffectEffectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HIDE" => ConditioneffectEffectType::Hide,
            "SHOW" => ConditioneffectEffectType::Show,
            "DISABLE" => ConditioneffectEffectType::Disable,
            "ENABLE" => ConditioneffectEffectType::Enable,
            "REQUIRE" => ConditioneffectEffectType::Require,
            "OPTIONAL" => ConditioneffectEffectType::Optional,
            "SUBMIT_MESSAGE" => ConditioneffectEffectType::SubmitMessage,
            "SUBMIT_NOTIFICATION" => ConditioneffectEffectType::SubmitNotification,
            "SET_DEFAULT_VALUE" => ConditioneffectEffectType::SetDefaultValue,
            other => ConditioneffectEffectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConditioneffectEffectType);
