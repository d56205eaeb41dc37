//! `OwnerreferencesegmentsType`, from `apis/segments/schemas/ownerreferencesegments.yaml#/properties/type`.

/// Owner type. This field must be either left null or set to 'IDENTITY' on input, otherwise a 400 Bad Request error will result.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OwnerreferencesegmentsType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OwnerreferencesegmentsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OwnerreferencesegmentsType::Identity => "IDENTITY",
            OwnerreferencesegmentsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OwnerreferencesegmentsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => OwnerreferencesegmentsType::Identity,
            other => OwnerreferencesegmentsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OwnerreferencesegmentsType);
