//! `NativeChangeDetectionConfigOperationsInner`, from `beta/schemas/NativeChangeDetectionConfig.yaml#/properties/operations/items`.

/// `NativeChangeDetectionConfigOperationsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NativeChangeDetectionConfigOperationsInner {
    /// `ACCOUNT_UPDATED`
    AccountUpdated,
    /// `ACCOUNT_CREATED`
    AccountCreated,
    /// `ACCOUNT_DELETED`
    AccountDeleted,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl NativeChangeDetectionConfigOperationsInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            NativeChangeDetectionConfigOperationsInner::AccountUpdated => {
                "ACCOUNT_UPDATED"
            }
            NativeChangeDetectionConfigOperationsInner::AccountCreated => {
                "ACCOUNT_CREATED"
            }
            NativeChangeDetectionConfigOperationsInner::AccountDeleted => {
                "ACCOUNT_DELETED"
            }
            NativeChangeDetectionConfigOperationsInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for NativeChangeDetectionConfigOperationsInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_UPDATED" => {
                NativeChangeDetectionConfigOperationsInner::AccountUpdated
            }
            "ACCOUNT_CREATED" => {
                NativeChangeDetectionConfigOperationsInner::AccountCreated
            }
            "ACCOUNT_DELETED" => {
                NativeChangeDetectionConfigOperationsInner::AccountDeleted
            }
            other => {
                NativeChangeDetectionConfigOperationsInner::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(NativeChangeDetectionConfigOperationsInner);
