//! `MultihostsourcesManagerCorrelationRuleType`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/managerCorrelationRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesManagerCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostsourcesManagerCorrelationRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesManagerCorrelationRuleType::Rule => "RULE",
            MultihostsourcesManagerCorrelationRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesManagerCorrelationRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => MultihostsourcesManagerCorrelationRuleType::Rule,
            other => {
                MultihostsourcesManagerCorrelationRuleType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultihostsourcesManagerCorrelationRuleType);
