//! `MultiHostSourcesAccountCorrelationRuleType`, from `beta/schemas/MultiHostSources.yaml#/properties/accountCorrelationRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesAccountCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostSourcesAccountCorrelationRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesAccountCorrelationRuleType::Rule => "RULE",
            MultiHostSourcesAccountCorrelationRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesAccountCorrelationRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => MultiHostSourcesAccountCorrelationRuleType::Rule,
            other => {
                MultiHostSourcesAccountCorrelationRuleType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesAccountCorrelationRuleType);
