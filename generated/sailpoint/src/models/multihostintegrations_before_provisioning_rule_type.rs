//! `MultihostintegrationsBeforeProvisioningRuleType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/beforeProvisioningRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsBeforeProvisioningRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsBeforeProvisioningRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsBeforeProvisioningRuleType::Rule => "RULE",
            MultihostintegrationsBeforeProvisioningRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsBeforeProvisioningRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => MultihostintegrationsBeforeProvisioningRuleType::Rule,
            other => {
                MultihostintegrationsBeforeProvisioningRuleType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsBeforeProvisioningRuleType);
