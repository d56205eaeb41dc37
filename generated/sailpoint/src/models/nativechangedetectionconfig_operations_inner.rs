//! `NativechangedetectionconfigOperationsInner`, from `apis/sources/schemas/nativechangedetectionconfig.yaml#/properties/operations/items`.

/// `NativechangedetectionconfigOperationsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NativechangedetectionconfigOperationsInner {
    /// `ACCOUNT_UPDATED`
    AccountUpdated,
    /// `ACCOUNT_CREATED`
    AccountCreated,
    /// `ACCOUNT_DELETED`
    AccountDeleted,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl NativechangedetectionconfigOperationsInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            NativechangedetectionconfigOperationsInner::AccountUpdated => {
                "ACCOUNT_UPDATED"
            }
            NativechangedetectionconfigOperationsInner::AccountCreated => {
                "ACCOUNT_CREATED"
            }
            NativechangedetectionconfigOperationsInner::AccountDeleted => {
                "ACCOUNT_DELETED"
            }
            NativechangedetectionconfigOperationsInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for NativechangedetectionconfigOperationsInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_UPDATED" => {
                NativechangedetectionconfigOperationsInner::AccountUpdated
            }
            "ACCOUNT_CREATED" => {
                NativechangedetectionconfigOperationsInner::AccountCreated
            }
            "ACCOUNT_DELETED" => {
                NativechangedetectionconfigOperationsInner::AccountDeleted
            }
            other => {
                NativechangedetectionconfigOperationsInner::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(NativechangedetectionconfigOperationsInner);
