//! `ConditionEffectEffectType`, from `beta/schemas/forms/ConditionEffect.yaml#/properties/effectType`.

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
pub enum ConditionEffectEffectType {
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

impl ConditionEffectEffectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConditionEffectEffectType::Hide => "HIDE",
            ConditionEffectEffectType::Show => "SHOW",
            ConditionEffectEffectType::Disable => "DISABLE",
            ConditionEffectEffectType::Enable => "ENABLE",
            ConditionEffectEffectType::Require => "REQUIRE",
            ConditionEffectEffectType::Optional => "OPTIONAL",
            ConditionEffectEffectType::SubmitMessage => "SUBMIT_MESSAGE",
            ConditionEffectEffectType::SubmitNotification => "SUBMIT_NOTIFICATION",
            ConditionEffectEffectType::SetDefaultValue => "SET_DEFAULT_VALUE",
            ConditionEffectEffectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConditionEffectEffectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HIDE" => ConditionEffectEffectType::Hide,
            "SHOW" => ConditionEffectEffectType::Show,
            "DISABLE" => ConditionEffectEffectType::Disable,
            "ENABLE" => ConditionEffectEffectType::Enable,
            "REQUIRE" => ConditionEffectEffectType::Require,
            "OPTIONAL" => ConditionEffectEffectType::Optional,
            "SUBMIT_MESSAGE" => ConditionEffectEffectType::SubmitMessage,
            "SUBMIT_NOTIFICATION" => ConditionEffectEffectType::SubmitNotification,
            "SET_DEFAULT_VALUE" => ConditionEffectEffectType::SetDefaultValue,
            other => ConditionEffectEffectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConditionEffectEffectType);
