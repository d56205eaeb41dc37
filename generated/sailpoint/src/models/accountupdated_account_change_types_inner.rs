//! `AccountupdatedAccountChangeTypesInner`, from `apis/triggers/schemas/accountupdated.yaml#/properties/accountChangeTypes/items`.

/// `AccountupdatedAccountChangeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountupdatedAccountChangeTypesInner {
    /// `ATTRIBUTES_CHANGED`
    AttributesChanged,
    /// `ENTITLEMENTS_ADDED`
    EntitlementsAdded,
    /// `ENTITLEMENTS_REMOVED`
    EntitlementsRemoved,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountupdatedAccountChangeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountupdatedAccountChangeTypesInner::AttributesChanged => {
                "ATTRIBUTES_CHANGED"
            }
            AccountupdatedAccountChangeTypesInner::EntitlementsAdded => {
                "ENTITLEMENTS_ADDED"
            }
            AccountupdatedAccountChangeTypesInner::EntitlementsRemoved => {
                "ENTITLEMENTS_REMOVED"
            }
            AccountupdatedAccountChangeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountupdatedAccountChangeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ATTRIBUTES_CHANGED" => {
                AccountupdatedAccountChangeTypesInner::AttributesChanged
            }
            "ENTITLEMENTS_ADDED" => {
                AccountupdatedAccountChangeTypesInner::EntitlementsAdded
            }
            "ENTITLEMENTS_REMOVED" => {
                AccountupdatedAccountChangeTypesInner::EntitlementsRemoved
            }
            other => AccountupdatedAccountChangeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountupdatedAccountChangeTypesInner);
