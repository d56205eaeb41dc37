//! `FormInstanceRecipientType`, from `beta/schemas/forms/FormInstanceRecipient.yaml#/properties/type`.

/// Type is a FormInstanceRecipientType value
/// IDENTITY FormInstanceRecipientIdentity
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormInstanceRecipientType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormInstanceRecipientType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormInstanceRecipientType::Identity => "IDENTITY",
            FormInstanceRecipientType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormInstanceRecipientType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => FormInstanceRecipientType::Identity,
            other => FormInstanceRecipientType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormInstanceRecipientType);
