//! `SourceManagerCorrelationRuleType`, from `apis/sources/schemas/source.yaml#/properties/managerCorrelationRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceManagerCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceManagerCorrelationRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceManagerCorrelationRuleType::Rule => "RULE",
            SourceManagerCorrelationRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceManagerCorrelationRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => SourceManagerCorrelationRuleType::Rule,
            other => SourceManagerCorrelationRuleType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceManagerCorrelationRuleType);
