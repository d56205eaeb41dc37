//! `MultiHostSourcesManagerCorrelationRuleType`, from `beta/schemas/MultiHostSources.yaml#/properties/managerCorrelationRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesManagerCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostSourcesManagerCorrelationRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesManagerCorrelationRuleType::Rule => "RULE",
            MultiHostSourcesManagerCorrelationRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesManagerCorrelationRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => MultiHostSourcesManagerCorrelationRuleType::Rule,
            other => {
                MultiHostSourcesManagerCorrelationRuleType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesManagerCorrelationRuleType);
