//! `ConditionRuleSourceType`, from `beta/schemas/forms/ConditionRule.yaml#/properties/sourceType`.

/// Defines the type of object being selected. It will be either a reference to a form input (by input name) or a form element (by technical key).
/// INPUT ConditionRuleSourceTypeInput
/// ELEMENT ConditionRuleSourceTypeElement
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConditionRuleSourceType {
    /// `INPUT`
    Input,
    /// `ELEMENT`
    Element,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConditionRuleSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConditionRuleSourceType::Input => "INPUT",
            ConditionRuleSourceType::Element => "ELEMENT",
            ConditionRuleSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConditionRuleSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INPUT" => ConditionRuleSourceType::Input,
            "ELEMENT" => ConditionRuleSourceType::Element,
            other => ConditionRuleSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConditionRuleSourceType);
