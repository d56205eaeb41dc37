//! `MultihostintegrationsManagerCorrelationRuleType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/managerCorrelationRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsManagerCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsManagerCorrelationRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsManagerCorrelationRuleType::Rule => "RULE",
            MultihostintegrationsManagerCorrelationRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsManagerCorrelationRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => MultihostintegrationsManagerCorrelationRuleType::Rule,
            other => {
                MultihostintegrationsManagerCorrelationRuleType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsManagerCorrelationRuleType);
