//! `FormownerType`, from `apis/custom-forms/schemas/formowner.yaml#/properties/type`.

/// FormOwnerType value.
/// IDENTITY FormOwnerTypeIdentity
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormownerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormownerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormownerType::Identity => "IDENTITY",
            FormownerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormownerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => FormownerType::Identity,
            other => FormownerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormownerType);
