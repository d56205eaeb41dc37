//! `MultiHostSourcesBeforeProvisioningRuleType`, from `beta/schemas/MultiHostSources.yaml#/properties/beforeProvisioningRule/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesBeforeProvisioningRuleType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostSourcesBeforeProvisioningRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesBeforeProvisioningRuleType::Rule => "RULE",
            MultiHostSourcesBeforeProvisioningRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesBeforeProvisioningRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => MultiHostSourcesBeforeProvisioningRuleType::Rule,
            other => {
                MultiHostSourcesBeforeProvisioningRuleType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesBeforeProvisioningRuleType);
