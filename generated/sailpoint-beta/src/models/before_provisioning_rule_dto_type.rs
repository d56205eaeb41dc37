//! `BeforeProvisioningRuleDtoType`, from `v3/schemas/BeforeProvisioningRuleDto.yaml#/properties/type`.

/// Before Provisioning Rule DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BeforeProvisioningRuleDtoType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BeforeProvisioningRuleDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BeforeProvisioningRuleDtoType::Rule => "RULE",
            BeforeProvisioningRuleDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BeforeProvisioningRuleDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => BeforeProvisioningRuleDtoType::Rule,
            other => BeforeProvisioningRuleDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BeforeProvisioningRuleDtoType);
