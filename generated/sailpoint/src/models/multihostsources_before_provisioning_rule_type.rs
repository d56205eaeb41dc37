//! `MultihostsourcesBeforeProvisioningRuleType`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/beforeProvisioningRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesBeforeProvisioningRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostsourcesBeforeProvisioningRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesBeforeProvisioningRuleType::Rule => "RULE",
            MultihostsourcesBeforeProvisioningRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesBeforeProvisioningRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => MultihostsourcesBeforeProvisioningRuleType::Rule,
            other => {
                MultihostsourcesBeforeProvisioningRuleType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultihostsourcesBeforeProvisioningRuleType);
