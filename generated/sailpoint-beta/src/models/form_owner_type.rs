//! `FormOwnerType`, from `beta/schemas/forms/FormOwner.yaml#/properties/type`.

/// FormOwnerType value.
/// IDENTITY FormOwnerTypeIdentity
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormOwnerType::Identity => "IDENTITY",
            FormOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => FormOwnerType::Identity,
            other => FormOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormOwnerType);
