//! `MultihostsourcesAccountCorrelationRuleType`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/accountCorrelationRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesAccountCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostsourcesAccountCorrelationRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesAccountCorrelationRuleType::Rule => "RULE",
            MultihostsourcesAccountCorrelationRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesAccountCorrelationRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => MultihostsourcesAccountCorrelationRuleType::Rule,
            other => {
                MultihostsourcesAccountCorrelationRuleType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultihostsourcesAccountCorrelationRuleType);
