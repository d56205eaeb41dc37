//! `IntelIdentityAmbiguousBodyDetailCode`, from `apis/intelligence/schemas/intel-identity-ambiguous-body.yaml#/allOf/1/properties/detailCode`.

/// Constant detail code indicating that more than one identity matched the filter.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelIdentityAmbiguousBodyDetailCode {
    /// `IDC_IDENTITY_AMBIGUOUS`
    IdcIdentityAmbiguous,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelIdentityAmbiguousBodyDetailCode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelIdentityAmbiguousBodyDetailCode::IdcIdentityAmbiguous => {
                "IDC_IDENTITY_AMBIGUOUS"
            }
            IntelIdentityAmbiguousBodyDetailCode::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelIdentityAmbiguousBodyDetailCode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDC_IDENTITY_AMBIGUOUS" => {
                IntelIdentityAmbiguousBodyDetailCode::IdcIdentityAmbiguous
            }
            other => IntelIdentityAmbiguousBodyDetailCode::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IntelIdentityAmbiguousBodyDetailCode);
