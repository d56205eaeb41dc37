//! `Rolecriteriakeytype`, from `apis/roles/schemas/rolecriteriakeytype.yaml`.

/// Indicates whether the associated criteria represents an expression on identity attributes, account attributes, or entitlements, respectively.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rolecriteriakeytype {
    /// `IDENTITY`
    Identity,
    /// `ACCOUNT`
    Account,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Rolecriteriakeytype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Rolecriteriakeytype::Identity => "IDENTITY",
            Rolecriteriakeytype::Account => "ACCOUNT",
            Rolecriteriakeytype::Entitlement => "ENTITLEMENT",
            Rolecriteriakeytype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Rolecriteriakeytype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Rolecriteriakeytype::Identity,
            "ACCOUNT" => Rolecriteriakeytype::Account,
            "ENTITLEMENT" => Rolecriteriakeytype::Entitlement,
            other => Rolecriteriakeytype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Rolecriteriakeytype);
