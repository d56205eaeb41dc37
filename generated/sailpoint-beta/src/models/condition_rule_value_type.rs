//! `ConditionRuleValueType`, from `beta/schemas/forms/ConditionRule.yaml#/properties/valueType`.

/// ConditionRuleValueType type.
/// STRING ConditionRuleValueTypeString  This value is a static string.
/// STRING_LIST ConditionRuleValueTypeStringList  This value is an array of string values.
/// INPUT ConditionRuleValueTypeInput  This value is a reference to a form input.
/// ELEMENT ConditionRuleValueTypeElement  This value is a reference to a form element (by technical key).
/// LIST ConditionRuleValueTypeList
/// BOOLEAN ConditionRuleValueTypeBoolean
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConditionRuleValueType {
    /// `STRING`
    String,
    /// `STRING_LIST`
    StringList,
    /// `INPUT`
    Input,
    /// `ELEMENT`
    Element,
    /// `LIST`
    List,
    /// `BOOLEAN`
    Boolean,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConditionRuleValueType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConditionRuleValueType::String => "STRING",
            ConditionRuleValueType::StringList => "STRING_LIST",
            ConditionRuleValueType::Input => "INPUT",
            ConditionRuleValueType::Element => "ELEMENT",
            ConditionRuleValueType::List => "LIST",
            ConditionRuleValueType::Boolean => "BOOLEAN",
            ConditionRuleValueType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConditionRuleValueType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STRING" => ConditionRuleValueType::String,
            "STRING_LIST" => ConditionRuleValueType::StringList,
            "INPUT" => ConditionRuleValueType::Input,
            "ELEMENT" => ConditionRuleValueType::Element,
            "LIST" => ConditionRuleValueType::List,
            "BOOLEAN" => ConditionRuleValueType::Boolean,
            other => ConditionRuleValueType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConditionRuleValueType);
