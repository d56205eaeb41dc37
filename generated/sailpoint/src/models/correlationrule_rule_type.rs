//! `CorrelationruleRuleType`, from `apis/machine-identities/schemas/correlationrule.yaml#/properties/ruleType`.

/// The rule subject type. When either ruleType or ruleAction.type is GOVERNANCE_GROUP, both must be; ruleType GOVERNANCE_GROUP is allowed only when the parent config type is OWNER_SECONDARY.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CorrelationruleRuleType {
    /// `IDENTITY`
    Identity,
    /// `ACCOUNT`
    Account,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CorrelationruleRuleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CorrelationruleRuleType::Identity => "IDENTITY",
            CorrelationruleRuleType::Account => "ACCOUNT",
            CorrelationruleRuleType::GovernanceGroup => "GOVERNANCE_GROUP",
            CorrelationruleRuleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CorrelationruleRuleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CorrelationruleRuleType::Identity,
            "ACCOUNT" => CorrelationruleRuleType::Account,
            "GOVERNANCE_GROUP" => CorrelationruleRuleType::GovernanceGroup,
            other => CorrelationruleRuleType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CorrelationruleRuleType);
