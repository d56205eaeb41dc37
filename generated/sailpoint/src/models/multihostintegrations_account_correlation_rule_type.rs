//! `MultihostintegrationsAccountCorrelationRuleType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/accountCorrelationRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsAccountCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsAccountCorrelationRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsAccountCorrelationRuleType::Rule => "RULE",
            MultihostintegrationsAccountCorrelationRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsAccountCorrelationRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => MultihostintegrationsAccountCorrelationRuleType::Rule,
            other => {
                MultihostintegrationsAccountCorrelationRuleType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsAccountCorrelationRuleType);
