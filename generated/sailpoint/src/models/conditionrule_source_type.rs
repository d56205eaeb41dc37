//! `ConditionruleSourceType`, from `apis/custom-forms/schemas/conditionrule.yaml#/properties/sourceType`.

/// Defines the type of object being selected. It will be either a reference to a form input (by input name) or a form element (by technical key).
/// INPUT ConditionRuleSourceTypeInput
/// ELEMENT ConditionRuleSourceTypeElement
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConditionruleSourceType {
    /// `INPUT`
    Input,
    /// `ELEMENT`
    Element,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConditionruleSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConditionruleSourceType::Input => "INPUT",
            ConditionruleSourceType::Element => "ELEMENT",
            ConditionruleSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConditionruleSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INPUT" => ConditionruleSourceType::Input,
            "ELEMENT" => ConditionruleSourceType::Element,
            other => ConditionruleSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConditionruleSourceType);
