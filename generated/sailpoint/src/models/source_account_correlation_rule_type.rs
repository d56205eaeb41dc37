//! `SourceAccountCorrelationRuleType`, from `apis/sources/schemas/source.yaml#/properties/accountCorrelationRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceAccountCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceAccountCorrelationRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceAccountCorrelationRuleType::Rule => "RULE",
            SourceAccountCorrelationRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceAccountCorrelationRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => SourceAccountCorrelationRuleType::Rule,
            other => SourceAccountCorrelationRuleType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceAccountCorrelationRuleType);
