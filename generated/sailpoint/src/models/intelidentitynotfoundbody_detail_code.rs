//! `IntelidentitynotfoundbodyDetailCode`, from `apis/intelligence/schemas/intelidentitynotfoundbody.yaml#/allOf/1/properties/detailCode`.

/// Constant detail code indicating that no identity matched the supplied filter.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelidentitynotfoundbodyDetailCode {
    /// `IDC_IDENTITY_NOT_FOUND`
    IdcIdentityNotFound,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelidentitynotfoundbodyDetailCode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelidentitynotfoundbodyDetailCode::IdcIdentityNotFound => {
                "IDC_IDENTITY_NOT_FOUND"
            }
            IntelidentitynotfoundbodyDetailCode::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelidentitynotfoundbodyDetailCode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDC_IDENTITY_NOT_FOUND" => {
                IntelidentitynotfoundbodyDetailCode::IdcIdentityNotFound
            }
            other => IntelidentitynotfoundbodyDetailCode::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IntelidentitynotfoundbodyDetailCode);
