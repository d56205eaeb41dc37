//! `RoleCriteriaKeyType`, from `v3/schemas/access/RoleCriteriaKeyType.yaml`.

/// Indicates whether the associated criteria represents an expression on identity attributes, account attributes, or entitlements, respectively.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleCriteriaKeyType {
    /// `IDENTITY`
    Identity,
    /// `ACCOUNT`
    Account,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleCriteriaKeyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleCriteriaKeyType::Identity => "IDENTITY",
            RoleCriteriaKeyType::Account => "ACCOUNT",
            RoleCriteriaKeyType::Entitlement => "ENTITLEMENT",
            RoleCriteriaKeyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleCriteriaKeyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => RoleCriteriaKeyType::Identity,
            "ACCOUNT" => RoleCriteriaKeyType::Account,
            "ENTITLEMENT" => RoleCriteriaKeyType::Entitlement,
            other => RoleCriteriaKeyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleCriteriaKeyType);
