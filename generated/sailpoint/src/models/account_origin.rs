//! `AccountOrigin`, from `apis/accounts/schemas/account.yaml#/allOf/1/properties/origin`.

/// The origin of the account either aggregated or provisioned
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountOrigin {
    /// `AGGREGATED`
    Aggregated,
    /// `PROVISIONED`
    Provisioned,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountOrigin {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountOrigin::Aggregated => "AGGREGATED",
            AccountOrigin::Provisioned => "PROVISIONED",
            AccountOrigin::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountOrigin {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AGGREGATED" => AccountOrigin::Aggregated,
            "PROVISIONED" => AccountOrigin::Provisioned,
            other => AccountOrigin::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountOrigin);
