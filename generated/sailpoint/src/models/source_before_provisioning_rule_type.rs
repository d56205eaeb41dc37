//! `SourceBeforeProvisioningRuleType`, from `apis/sources/schemas/source.yaml#/properties/beforeProvisioningRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceBeforeProvisioningRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceBeforeProvisioningRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceBeforeProvisioningRuleType::Rule => "RULE",
            SourceBeforeProvisioningRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceBeforeProvisioningRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => SourceBeforeProvisioningRuleType::Rule,
            other => SourceBeforeProvisioningRuleType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceBeforeProvisioningRuleType);
