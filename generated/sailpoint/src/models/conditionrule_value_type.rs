//! `ConditionruleValueType`, from `apis/custom-forms/schemas/conditionrule.yaml#/properties/valueType`.

/// ConditionRuleValueType type.
/// STRING ConditionRuleValueTypeString  This value is a static string.
/// STRING_LIST ConditionRuleValueTypeStringList  This value is an array of string values.
/// INPUT ConditionRuleValueTypeInput  This value is a reference to a form input.
/// ELEMENT ConditionRuleValueTypeElement  This value is a reference to a form element (by technical key).
/// LIST ConditionRuleValueTypeList
/// BOOLEAN ConditionRuleValueTypeBoolean
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConditionruleValueType {
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

impl ConditionruleValueType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConditionruleValueType::String => "STRING",
            ConditionruleValueType::StringList => "STRING_LIST",
            ConditionruleValueType::Input => "INPUT",
            ConditionruleValueType::Element => "ELEMENT",
            ConditionruleValueType::List => "LIST",
            ConditionruleValueType::Boolean => "BOOLEAN",
            ConditionruleValueType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConditionruleValueType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STRING" => ConditionruleValueType::String,
            "STRING_LIST" => ConditionruleValueType::StringList,
            "INPUT" => ConditionruleValueType::Input,
            "ELEMENT" => ConditionruleValueType::Element,
            "LIST" => ConditionruleValueType::List,
            "BOOLEAN" => ConditionruleValueType::Boolean,
            other => ConditionruleValueType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConditionruleValueType);
